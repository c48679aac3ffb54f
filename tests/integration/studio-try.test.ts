import { describe, expect, it } from "vitest";
import { flows } from "@/lib/flows/registry";
import { addBranch, branchPalette } from "@/lib/studio/edit";
import { undecidableBranches } from "@/lib/studio/conditions";
import { problemsOf, studioFlows } from "@/lib/studio/service";
import { parseOutcomes, showSimulation, startSimulation, stepSimulation, type Outcomes } from "@/lib/studio/simulate";
import type { StepView } from "@/lib/flows/view";
import { useFlowDatabase } from "./db";

useFlowDatabase();

/** What a person would type on a step, by field kind (the code is the one Try it sends). */
function answers(view: StepView): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of view.fields) {
    switch (f.kind) {
      case "country":
        out[f.name] = "US";
        break;
      case "email":
        out[f.name] = "try@example.com";
        break;
      case "phone":
        out[f.name] = "+12015550123";
        break;
      case "code":
        out[f.name] = "123456";
        break;
      case "username":
        out[f.name] = "try_user";
        break;
      case "new-password":
      case "confirm-password":
        out[f.name] = "Tr4in-Station-9";
        break;
      case "checkbox":
        if (f.required) out[f.name] = "on";
        break;
      case "text":
        out[f.name] = "Sample text";
        break;
      case "device":
        out[f.name] = "44-19-b6-2a-10-01";
        break;
    }
  }
  return out;
}

async function runToEnd(flow: string, outcomes?: Outcomes, definition = flows[flow].defaultDefinition) {
  const id = await startSimulation(flow, definition, "editor");
  for (let i = 0; i < 20; i++) {
    const sim = (await showSimulation(id, "editor"))!;
    if (sim.done) return sim;
    const errors = [sim.view.error?.message, ...sim.view.fields.map((f) => f.error?.message)].filter(Boolean);
    expect(errors, `${flow} on ${sim.view.step}`).toEqual([]);
    await stepSimulation(id, "editor", sim.view.submit?.event, answers(sim.view), outcomes);
  }
  throw new Error(`${flow} did not finish in Try it`);
}

describe("Try it", () => {
  it("reaches the end of every flow with the default answers", async () => {
    for (const flow of studioFlows()) {
      const sim = await runToEnd(flow);
      expect(sim.done, flow).toBe(true);
    }
  });

  it("answers as the editor chose: a taken user name stops registration, a free one finishes it", async () => {
    const id = await startSimulation("user-registration", flows["user-registration"].defaultDefinition, "editor");
    const taken = parseOutcomes("user-registration", { username: "taken" });
    for (let i = 0; i < 3; i++) {
      const sim = (await showSimulation(id, "editor"))!;
      await stepSimulation(id, "editor", sim.view.submit?.event, answers(sim.view), taken);
    }
    let sim = (await showSimulation(id, "editor"))!;
    expect(sim.view.step).toBe("credentials");
    await stepSimulation(id, "editor", "SUBMIT_CREDENTIALS", answers(sim.view), taken);
    sim = (await showSimulation(id, "editor"))!;
    expect(sim.view.fields.find((f) => f.name === "username")?.error?.message).toMatch(/already taken/);
    expect(sim.log.at(-1)).toBe("Create your account: “Finish” → stays on this step (the user name is taken)");
    await stepSimulation(id, "editor", "SUBMIT_CREDENTIALS", answers(sim.view), parseOutcomes("user-registration", {}));
    sim = (await showSimulation(id, "editor"))!;
    expect(sim.done).toBe(true);
    expect(sim.log).toContain("Create your account: “Finish” → Registered (the contact is verified and the terms accepted)");
  });

  it("a wrong picture code, a contact with an account and a wrong authentication code behave as they would live", async () => {
    const id = await startSimulation("password-recovery", flows["password-recovery"].defaultDefinition, "editor");
    let sim = (await showSimulation(id, "editor"))!;
    await stepSimulation(id, "editor", undefined, answers(sim.view), parseOutcomes("password-recovery", { captcha: "wrong" }));
    sim = (await showSimulation(id, "editor"))!;
    expect(sim.log.at(-1)).toMatch(/stays on this step \(the picture code is wrong\)/);
    // Forgot Password for an address without an account: nothing is sent, the screens go on the same.
    await stepSimulation(id, "editor", undefined, answers(sim.view), parseOutcomes("password-recovery", { contact: "new" }));
    sim = (await showSimulation(id, "editor"))!;
    expect(sim.log.at(-1)).toMatch(/would send nothing to try@example.com/);
  });

  it("shows where a branch routes, and says when a branch added in the studio was taken", async () => {
    const entry = flows["user-registration"];
    // Before any code is sent, "the code has expired" holds (the flow's own context decides it).
    const { definition } = addBranch(entry.defaultDefinition, "contact", { event: "SUBMIT_CONTACT", guard: "codeExpired", target: "contactPhone" }, branchPalette(entry.implementations.guards));
    expect(problemsOf("user-registration", definition)).toEqual([]);
    const id = await startSimulation("user-registration", definition, "editor");
    let sim = (await showSimulation(id, "editor"))!;
    await stepSimulation(id, "editor", undefined, answers(sim.view));
    sim = (await showSimulation(id, "editor"))!;
    expect(sim.routes.map((r) => r.text)).toContain("“Next” when the code has expired → Register (added in the studio)");
    await stepSimulation(id, "editor", undefined, answers(sim.view));
    sim = (await showSimulation(id, "editor"))!;
    expect(sim.log.at(-1)).toBe("Register: “Next” → Register (by a branch added in the studio: the code has expired)");
  });
});

describe("a branch must be decidable on its step", () => {
  it("accepts every flow's code default", () => {
    for (const [name, entry] of Object.entries(flows)) expect(undecidableBranches(entry, entry.defaultDefinition), name).toEqual([]);
  });

  it("refuses “the user name is taken” on the contact step, where nobody looks the user name up, and accepts it where the user name is typed", () => {
    const entry = flows["user-registration"];
    const palette = branchPalette(entry.implementations.guards);
    const onContact = addBranch(entry.defaultDefinition, "contact", { event: "SUBMIT_CONTACT", guard: "usernameTaken", target: "country" }, palette);
    expect(problemsOf("user-registration", onContact.definition)).toEqual([
      {
        path: "contact",
        message:
          "Step “Register”, button “Next”: the condition “the user name is taken” cannot be decided on this step (the step does not find that out), so the branch would fire every time or never.",
        detail: { kind: "undecidable", event: "SUBMIT_CONTACT", guard: "usernameTaken" },
      },
    ]);
    // A field the step does not ask for is not decidable either, nor a button that sends no fields.
    const code = addBranch(entry.defaultDefinition, "contact", { event: "CHANGE_COUNTRY", guard: "codeMatches", target: "contactPhone" }, palette);
    expect(undecidableBranches(entry, code.definition)).toHaveLength(1);
    const onCredentials = addBranch(entry.defaultDefinition, "credentials", { event: "SUBMIT_CREDENTIALS", guard: "usernameTaken", target: "contact" }, palette);
    expect(problemsOf("user-registration", onCredentials.definition)).toEqual([]);
  });
});
