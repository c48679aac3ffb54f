import { describe, expect, it } from "vitest";
import { flows } from "./registry";
import { assertValidDefinition, DefinitionError, validateDefinition } from "./validate";
import { buildMachine } from "./machine";

const entry = flows["user-registration"];
const impl = entry.implementations;
const base = () => structuredClone(entry.defaultDefinition) as any;

const messages = (def: unknown) => validateDefinition(def, impl, entry.invariants).map((p) => `${p.path}: ${p.message}`);

describe("definition validator", () => {
  it("accepts every flow's code default", () => {
    for (const f of Object.values(flows)) expect(validateDefinition(f.defaultDefinition, f.implementations, f.invariants)).toEqual([]);
  });

  it("refuses a registration that could create an account without the verified-contact-and-terms guard", () => {
    const def = base();
    const i = def.states.verifyEmail.on.SUBMIT_CODE.findIndex((t: { guard?: string }) => t.guard === "codeMatches");
    def.states.verifyEmail.on.SUBMIT_CODE[i] = { guard: "codeMatches", target: "registered", actions: ["markContactVerified", "createAccount"] };
    expect(messages(def)).toContain(
      'verifyEmail on SUBMIT_CODE: "createAccount" must be guarded by "readyToCreateAccount": an account needs a verified contact and accepted terms',
    );
  });

  it("refuses an unknown action", () => {
    const def = base();
    def.states.country.on.SELECT_COUNTRY.actions = "launchRockets";
    expect(messages(def)).toContain('country on SELECT_COUNTRY: unknown action "launchRockets"');
  });

  it("refuses an unknown guard", () => {
    const def = base();
    def.states.contact.on.SUBMIT_CONTACT[0].guard = { type: "isFriday" };
    expect(messages(def)).toContain('contact on SUBMIT_CONTACT: unknown guard "isFriday"');
  });

  it("refuses an unknown actor and an unknown entry action", () => {
    const def = base();
    def.states.contact.invoke = { src: "callMainframe" };
    def.states.contact.entry = ["beep"];
    expect(messages(def)).toEqual(expect.arrayContaining(['contact: unknown actor "callMainframe"', 'contact: unknown action "beep"']));
  });

  it("refuses a target that does not exist", () => {
    const def = base();
    def.states.country.on.SELECT_COUNTRY.target = "nowhere";
    expect(messages(def)).toContain('country on SELECT_COUNTRY: target "nowhere" does not exist');
  });

  it("refuses an unreachable state", () => {
    const def = base();
    def.states.orphan = { meta: { step: "orphan", title: "Orphan", fields: [] }, on: { GO: "registered" } };
    expect(messages(def)).toContain("orphan: state is unreachable");
  });

  it("refuses a state that cannot reach the end", () => {
    const def = base();
    def.states.trap = { meta: { step: "trap", title: "Trap", fields: [] } };
    def.states.contact.on.TRAP = "trap";
    expect(messages(def)).toContain("trap: no path from this state reaches the end of the flow");
  });

  it("refuses a flow without a final state", () => {
    const def = base();
    delete def.states.registered.type;
    expect(messages(def)).toEqual(expect.arrayContaining([": the flow has no final state"]));
  });

  it("refuses a missing initial state", () => {
    const def = base();
    def.initial = "start";
    expect(messages(def)).toContain(': initial state "start" does not exist');
  });

  it("handles nested states: a final child leads on through onDone", () => {
    const nested = {
      id: "nested",
      initial: "outer",
      states: {
        outer: {
          initial: "a",
          states: { a: { on: { NEXT: "b" } }, b: { type: "final" } },
          onDone: "end",
        },
        end: { type: "final" },
      },
    };
    expect(validateDefinition(nested, impl)).toEqual([]);
    const broken = structuredClone(nested) as any;
    delete broken.states.outer.onDone;
    expect(validateDefinition(broken, impl).map((p) => p.path)).toContain("outer.b");
  });

  it("throws a clear error and buildMachine refuses to build an invalid definition", () => {
    const def = base();
    def.states.country.on.SELECT_COUNTRY.actions = "launchRockets";
    expect(() => assertValidDefinition(def, impl)).toThrow(DefinitionError);
    expect(() => buildMachine(entry, def)).toThrow(/unknown action "launchRockets"/);
  });
});
