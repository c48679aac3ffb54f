import { describe, expect, it } from "vitest";
import { flows } from "./registry";
import { progressOf, stepNumbers } from "./progress";

// The flows as registered (tests/setup.ts), so the engine's tests import no flow either.
const userRegistrationDefinition = flows["user-registration"].defaultDefinition;
const installerRegistrationDefinition = flows["installer-registration"].defaultDefinition;
const passwordRecoveryDefinition = flows["password-recovery"].defaultDefinition;
const deviceResetCaseDefinition = flows["device-reset-case"].defaultDefinition;

const numbers = (d: object) => Object.fromEntries([...stepNumbers(d as Record<string, unknown>)].map(([k, v]) => [k, `${v.step}/${v.of}`]));

describe("step numbers from a flow definition", () => {
  it("follow each step's main button along the main path; variants share their place", () => {
    expect(numbers(userRegistrationDefinition)).toEqual({
      country: "1/4",
      contact: "2/4",
      "verify-email": "3/4",
      credentials: "4/4",
      "contact-phone": "2/4",
      "verify-phone": "3/4",
    });
    expect(numbers(passwordRecoveryDefinition)).toEqual({ identify: "1/3", "identify-phone": "1/3", verify: "2/3", "new-password": "3/3" });
    expect(numbers(installerRegistrationDefinition)).toEqual({ country: "1/6", email: "2/6", "verify-email": "3/6", password: "4/6", profile: "5/6", confirm: "6/6" });
    expect(numbers(deviceResetCaseDefinition)).toEqual({ device: "1/3", photo: "2/3", confirm: "3/3" });
  });

  it("number no final page and no one-step flow, and follow an edited definition", () => {
    expect(progressOf(userRegistrationDefinition, "registered")).toBeUndefined();
    const oneStep = { initial: "a", states: { a: { meta: { step: "a", submit: { event: "GO" } }, on: { GO: "done" } }, done: { type: "final", meta: { step: "done" } } } };
    expect(progressOf(oneStep, "a")).toBeUndefined();
    const edited = structuredClone(userRegistrationDefinition) as unknown as { initial: string };
    edited.initial = "contact";
    expect(progressOf(edited as unknown as Record<string, unknown>, "credentials")).toEqual({ step: 3, of: 3 });
  });
});
