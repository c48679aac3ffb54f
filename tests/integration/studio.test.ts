import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { flowVersions, studioAudit } from "@/lib/db/schema";
import { showFlow, startFlow } from "@/lib/flows/runtime";
import { editSettings, editStep, editTranslations } from "@/lib/studio/edit";
import { draftOf, history, openDraft, problemsOf, publishDraft, rollBack, saveDraft } from "@/lib/studio/service";
import { beginSignIn } from "@/lib/auth/sign-in";
import { newDeviceToken } from "@/lib/auth/devices";
import { hashPassword } from "@/lib/security/passwords";
import { showSimulation, startSimulation, stepSimulation } from "@/lib/studio/simulate";
import { flows } from "@/lib/flows/registry";
import { flowInstances, outbox, users } from "@/lib/db/schema";
import { useFlowDatabase, viewOf } from "./db";

const database = useFlowDatabase();
const FLOW = "password-recovery";
const client = { address: "198.51.100.77" };

describe("flow studio", () => {
  it("publishes a copy edit that new flows show, while a running flow keeps its version; rollback restores it", async () => {
    const before = await startFlow(FLOW, client);
    if (before.kind !== "started") throw new Error();
    const oldTitle = before.view.title;

    const draft = await openDraft(FLOW, "editor");
    const edited = editStep(draft.definition as Record<string, unknown>, "identify", { title: "Reset your password" });
    expect(edited.problems).toEqual([]);
    await saveDraft(FLOW, edited.definition, "editor", "step_edited");
    // Unsafe settings never get into a draft, and a draft with problems is never published.
    expect(editSettings(edited.definition, { codeValidMs: 30 }).problems).toHaveLength(1);
    // A changed text goes live only with its German and Spanish (issue 15).
    expect(await publishDraft(FLOW, "Friendlier title", "editor")).toEqual({
      ok: false,
      problems: [
        { path: "identify", message: "Step “Reset your password”: the German text of “Reset your password” is missing." },
        { path: "identify", message: "Step “Reset your password”: the Spanish text of “Reset your password” is missing." },
      ],
    });
    const german = editTranslations(edited.definition, "identify", "de", { title: "Passwort zurücksetzen" }).definition;
    await saveDraft(FLOW, editTranslations(german, "identify", "es", { title: "Restablezca su contraseña" }).definition, "editor", "step_edited");
    const published = await publishDraft(FLOW, "Friendlier title", "editor");
    expect(published).toEqual({ ok: true, version: 2 });

    // Wait out the published-version cache of this process.
    await new Promise((r) => setTimeout(r, 5_100));
    const after = await startFlow(FLOW, client);
    if (after.kind !== "started") throw new Error();
    expect(after.view.title).toBe("Reset your password");
    expect(viewOf(await showFlow(FLOW, before.id, before.token)).title).toBe(oldTitle);

    const versions = await history(FLOW);
    expect(versions.map((v) => [v.version, v.note, v.author])).toEqual([
      [2, "Friendlier title", "editor"],
      [1, "Code default", "system"],
    ]);
    const v1 = versions.find((v) => v.version === 1)!;
    expect(await rollBack(FLOW, v1.id, "editor")).toEqual({ ok: true, version: 3 });
    const [v3] = await database().select().from(flowVersions).where(eq(flowVersions.version, 3));
    expect(JSON.stringify(v3.definition)).toContain(oldTitle);
    const trail = await database().select().from(studioAudit).where(eq(studioAudit.flow, FLOW));
    expect(trail.map((a) => a.action)).toEqual(["draft_opened", "step_edited", "step_edited", "published", "rolled_back"]);
  });

  it("tries a flow with faked effects: the log says what would happen and nothing is written", async () => {
    const id = await startSimulation("sign-in-check", flows["sign-in-check"].defaultDefinition, "editor");
    expect((await showSimulation(id, "someone-else"))).toBeNull();
    let sim = (await showSimulation(id, "editor"))!;
    expect(sim.view.submit?.label).toBe("Email a code to a***@example.com");
    await stepSimulation(id, "editor", "SEND_EMAIL", {});
    sim = (await showSimulation(id, "editor"))!;
    expect(sim.view.step).toBe("verify");
    expect(sim.log).toContain('  would send "verification-code" by email to ana@example.com with code 123456');
    await stepSimulation(id, "editor", undefined, { code: "12" });
    sim = (await showSimulation(id, "editor"))!;
    expect(sim.view.fields.find((f) => f.name === "code")?.error?.message).toMatch(/6-digit/);
    await stepSimulation(id, "editor", undefined, { code: "123456", trustDevice: "on" });
    sim = (await showSimulation(id, "editor"))!;
    expect(sim.done).toBe(true);
    expect(sim.log).toEqual(expect.arrayContaining(["  would sign the person in", "  would trust this browser for 30 days"]));
    expect(await database().select().from(outbox)).toEqual([]);
    expect(await database().select().from(users)).toEqual([]);
  });

  // After the simulation test (which expects an empty database) and before any test here reads the
  // sign-in check's published version (cached per process for 5 s).
  it("never fills a placeholder a step may not show, even from a version stored before the check", async () => {
    const def = structuredClone(flows["sign-in-check"].defaultDefinition) as any;
    def.states.verify.meta.description = "We sent a code to {maskedTarget}: {target}, {account.email}, {verification.codeHash}.";
    await database().insert(flowVersions).values({ flow: "sign-in-check", version: 2, definition: def, note: "Stored by an older server", author: "editor" });
    const password = "Studio-Passw0rd-1";
    const [u] = await database()
      .insert(users)
      .values({ username: "stored_v2", usernameLower: "stored_v2", email: "stored_v2@example.com", emailLower: "stored_v2@example.com", country: "US", passwordHash: await hashPassword(password) })
      .returning();
    const started = await beginSignIn(u.username, password, client, newDeviceToken());
    if (started.kind !== "check") throw new Error(`expected a sign-in check, got ${started.kind}`);
    const view = viewOf(await showFlow("sign-in-check", started.flowId, started.flowToken));
    const [instance] = await database().select().from(flowInstances).where(eq(flowInstances.id, started.flowId));
    const hash = (instance.snapshot as { context: { verification: { codeHash: string } } }).context.verification.codeHash;
    expect(view.description).toBe("We sent a code to s***@example.com: {target}, {account.email}, {verification.codeHash}.");
    expect(JSON.stringify(view)).not.toContain(hash);
    expect(JSON.stringify(view)).not.toContain("stored_v2@example.com");
  });

  it("refuses to validate or publish sign-in check copy that shows the code's hash, naming the step", async () => {
    const flow = "sign-in-check";
    const draft = await openDraft(flow, "editor");
    const edited = editStep(draft.definition as Record<string, unknown>, "verify", {
      description: "We sent a code to {maskedTarget}. Check: {verification.codeHash}",
    });
    // The copy itself is saved in the draft (like any edit), and validation points at the step.
    expect(edited.problems).toEqual([]);
    await saveDraft(flow, edited.definition, "editor", "step_edited", { step: "verify" });
    const problem = {
      path: "verify",
      message:
        "Step “Enter the verification code”: {verification.codeHash} is not a placeholder this step can show. Allowed: {maskedTarget}, {validMinutes}, {codeExpiresAt}.",
      detail: { kind: "placeholder", name: "verification.codeHash", allowed: ["maskedTarget", "validMinutes", "codeExpiresAt"] },
    };
    expect(problemsOf(flow, (await draftOf(flow))!.definition as Record<string, unknown>)).toEqual([problem]);
    expect(await publishDraft(flow, "Show the hash", "editor")).toEqual({
      ok: false,
      problems: [
        problem,
        { path: "verify", message: `Step “Enter the verification code”: the German text of “We sent a code to {maskedTarget}. Check: {verification.codeHash}” is missing.` },
        { path: "verify", message: `Step “Enter the verification code”: the Spanish text of “We sent a code to {maskedTarget}. Check: {verification.codeHash}” is missing.` },
      ],
    });
    expect((await history(flow)).map((v) => v.version)).not.toContain(3);
    // The full address of the account is refused the same way: the person has only typed a password.
    const full = editStep(edited.definition, "verify", { description: "We sent a code to {target}." });
    expect(problemsOf(flow, full.definition).map((p) => p.message)).toEqual([
      "Step “Enter the verification code”: {target} is not a placeholder this step can show. Allowed: {maskedTarget}, {validMinutes}, {codeExpiresAt}.",
    ]);
  });

  it("refuses to publish with nothing to publish", async () => {
    expect(await publishDraft("contact-change", "", "editor")).toMatchObject({ ok: false });
  });
});
