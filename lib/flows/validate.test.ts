import { describe, expect, it } from "vitest";
import { flows } from "./registry";
import { assertValidDefinition, DefinitionError, validateDefinition } from "./validate";
import { buildMachine } from "./machine";

const entry = flows["user-registration"];
const impl = entry.implementations;
const base = () => structuredClone(entry.defaultDefinition) as any;

const messages = (def: unknown) => validateDefinition(def, impl, entry.invariants, entry.placeholders).map((p) => `${p.path}: ${p.message}`);

describe("definition validator", () => {
  it("accepts every flow's code default", () => {
    for (const f of Object.values(flows)) expect(validateDefinition(f.defaultDefinition, f.implementations, f.invariants, f.placeholders)).toEqual([]);
  });

  it("refuses a placeholder the step cannot show, naming the step", () => {
    const def = base();
    def.states.contact.meta.description = "Is {account.email} yours?";
    def.states.verifyEmail.meta.submit.label = "Next {verification.codeHash}";
    expect(messages(def)).toEqual([
      "contact: Step “Register”: {account.email} is not a placeholder this step can show. It can show none.",
      "verifyEmail: Step “Check your email”: {verification.codeHash} is not a placeholder this step can show. Allowed: {target}, {maskedTarget}, {validMinutes}, {codeExpiresAt}.",
    ]);
  });

  it("shows only masked contacts on the sign-in check, reached with a password alone", () => {
    const check = flows["sign-in-check"];
    const def = structuredClone(check.defaultDefinition) as any;
    const problems = (d: unknown) => validateDefinition(d, check.implementations, check.invariants, check.placeholders).map((p) => `${p.path}: ${p.message}`);
    def.states.verify.meta.description = "Code {verification.codeHash} went to {target}.";
    def.states.choose.meta.actions[0].label = "Text {account.phone}";
    expect(problems(def)).toEqual([
      "choose: Step “Verify it's you”: {account.phone} is not a placeholder this step can show. Allowed: {account.maskedEmail}, {account.maskedPhone}.",
      "verify: Step “Enter the verification code”: {verification.codeHash} is not a placeholder this step can show. Allowed: {maskedTarget}, {validMinutes}, {codeExpiresAt}.",
      "verify: Step “Enter the verification code”: {target} is not a placeholder this step can show. Allowed: {maskedTarget}, {validMinutes}, {codeExpiresAt}.",
    ]);
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
