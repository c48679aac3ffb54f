import { describe, expect, it } from "vitest";
import { registerEffects, registerFlows } from "@/lib/flows/registry";
import { startFlow, submitStep } from "@/lib/flows/runtime";
import { validateDefinition } from "@/lib/flows/validate";
import exampleFlow, { commentEffects, keptComments } from "../fixtures/example-flow";
import { useFlowDatabase, viewOf } from "./db";

// Adding a flow: its own folder, and one line in the registry (machines/registry.ts); here, this line.
registerFlows([exampleFlow]);
registerEffects(commentEffects);

const database = useFlowDatabase();

describe("a flow added in its own folder", () => {
  it("runs through the runtime to the end, with its facts, placeholders and effect", async () => {
    expect(database()).toBeDefined();
    const started = await startFlow("example-feedback", { address: "203.0.113.90" });
    if (started.kind !== "started") throw new Error(started.kind);
    expect(started.view.title).toBe("Tell us");
    expect(started.view.description).toBe("Hello friend, what should we do better?");

    const empty = viewOf(await submitStep("example-feedback", started.id, started.token, { revision: 0, fields: { comment: "" } }, { address: "203.0.113.90" }));
    expect(empty.fields[0].error?.code).toBe("required");

    const done = await submitStep("example-feedback", started.id, started.token, { revision: 0, fields: { comment: "More owls" } }, { address: "203.0.113.90" });
    expect(done.kind).toBe("completed");
    expect(viewOf(done).title).toBe("Thank you");
    expect(keptComments).toEqual(["More owls"]);
  });

  it("is validated like any flow: a guard on an event whose facts do not say it is refused", () => {
    const def = structuredClone(exampleFlow.defaultDefinition) as { states: { done: Record<string, unknown> } };
    def.states.done = { meta: { step: "done", title: "Thank you", fields: [] }, on: { AGAIN: { guard: "quietHour" } }, type: "final" };
    const problems = validateDefinition(def, exampleFlow.implementations, exampleFlow.invariants, exampleFlow.placeholders, exampleFlow);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining("the condition “it is a quiet hour” cannot be decided on this step"));
  });
});
