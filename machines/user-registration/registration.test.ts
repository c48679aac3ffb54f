import { describe, expect, it } from "vitest";
import { harness } from "@/tests/machine-harness";
import { flows } from "@/lib/flows/registry";
import { validateDefinition } from "@/lib/flows/validate";
import { userRegistrationDefinition } from "./definition";

const entry = flows["user-registration"];
const impl = entry.implementations;
const good = { username: "reg_by_email", password: "Str0ng-Pass", confirmPassword: "Str0ng-Pass", terms: true };

function atCode(facts: Record<string, unknown> = {}) {
  const h = harness(userRegistrationDefinition, impl);
  h.send("SELECT_COUNTRY", { country: "US" });
  h.send("SUBMIT_CONTACT", { email: "ana@example.com", captcha: "X" }, { captchaPassed: true, ...facts });
  return h;
}

describe("user registration machine", () => {
  it("is a valid definition", () => {
    expect(validateDefinition(userRegistrationDefinition, impl)).toEqual([]);
  });

  it("walks country -> contact -> code -> credentials -> registered", () => {
    const h = atCode();
    expect(h.state).toBe("verifyEmail");
    expect(h.context.country).toBe("US");
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.state).toBe("credentials");
    h.send("SUBMIT_CREDENTIALS", good, { usernameAvailable: true, passwordHash: "$argon2id$x" });
    expect(h.state).toBe("registered");
    expect(h.actor.getSnapshot().status).toBe("done");
    expect(h.effects.map((e) => e.kind)).toEqual(["message", "createAccount", "message", "signIn"]);
    expect(h.effects[1]).toMatchObject({ kind: "createAccount", username: "reg_by_email", email: "ana@example.com", country: "US" });
  });

  it("stays on the contact step when the picture code is wrong", () => {
    const h = harness(userRegistrationDefinition, impl);
    h.send("SELECT_COUNTRY", { country: "US" });
    h.send("SUBMIT_CONTACT", { email: "ana@example.com", captcha: "X" }, { captchaPassed: false });
    expect(h.state).toBe("contact");
    expect(h.error).toBe("captcha_wrong");
    expect(h.effects).toHaveLength(0);
  });

  it("stays on the contact step when the send limit is reached", () => {
    const h = harness(userRegistrationDefinition, impl);
    h.send("SELECT_COUNTRY", { country: "US" });
    h.send("SUBMIT_CONTACT", { email: "ana@example.com" }, { captchaPassed: true, sendLimitedUntil: 1 });
    expect(h.state).toBe("contact");
    expect(h.error).toBe("send_limited");
  });

  it("shows the same next screen for a registered address, but sends no code", () => {
    const h = atCode({ accountExists: true, registrationNoticeDue: true });
    expect(h.state).toBe("verifyEmail");
    expect(h.effects).toEqual([expect.objectContaining({ template: "registration-attempt" })]);
  });

  it("refuses a taken user name", () => {
    const h = atCode();
    h.send("SUBMIT_CODE", { code: "123456" });
    h.send("SUBMIT_CREDENTIALS", good, { usernameAvailable: false });
    expect(h.state).toBe("credentials");
    expect(h.error).toBe("username_taken");
  });

  it("never creates an account without accepted terms", () => {
    const h = atCode();
    h.send("SUBMIT_CODE", { code: "123456" });
    h.send("SUBMIT_CREDENTIALS", { ...good, terms: false }, { usernameAvailable: true, passwordHash: "$argon2id$x" });
    expect(h.state).toBe("credentials");
    expect(h.effects.some((e) => e.kind === "createAccount")).toBe(false);
  });

  it("registers by mobile phone: SMS code, then an account with the E.164 number", () => {
    const h = harness(userRegistrationDefinition, impl);
    h.send("SELECT_COUNTRY", { country: "US" });
    h.send("USE_PHONE");
    expect(h.state).toBe("contactPhone");
    h.send("SUBMIT_CONTACT", { phone: "+12015550123", captcha: "X" }, { captchaPassed: true });
    expect(h.state).toBe("verifyPhone");
    expect(h.effects[0]).toMatchObject({ kind: "message", channel: "sms", to: "+12015550123", template: "verification-code" });
    h.send("SUBMIT_CODE", { code: "123456" });
    h.send("SUBMIT_CREDENTIALS", good, { usernameAvailable: true, passwordHash: "$argon2id$x" });
    expect(h.state).toBe("registered");
    expect(h.effects.find((e) => e.kind === "createAccount")).toMatchObject({ phone: "+12015550123", email: null });
  });

  it("switches between Email and Mobile Phone Number, and goes back from the SMS code", () => {
    const h = harness(userRegistrationDefinition, impl);
    h.send("SELECT_COUNTRY", { country: "GB" });
    h.send("USE_PHONE");
    h.send("USE_EMAIL");
    expect(h.state).toBe("contact");
    h.send("USE_PHONE");
    h.send("SUBMIT_CONTACT", { phone: "+447400123456" }, { captchaPassed: true });
    h.send("CHANGE_CONTACT");
    expect(h.state).toBe("contactPhone");
    h.send("CHANGE_COUNTRY");
    expect(h.state).toBe("country");
  });

  it("can go back to change the email and the country", () => {
    const h = atCode();
    h.send("CHANGE_CONTACT");
    expect(h.state).toBe("contact");
    h.send("CHANGE_COUNTRY");
    expect(h.state).toBe("country");
  });

  it("ignores credentials before the code is verified", () => {
    const h = atCode();
    h.send("SUBMIT_CREDENTIALS", good, { usernameAvailable: true, passwordHash: "$argon2id$x" });
    expect(h.state).toBe("verifyEmail");
  });
});
