import { describe, expect, it } from "vitest";
import { harness } from "@/tests/machine-harness";
import { flows } from "@/lib/flows/registry";
import { validateDefinition } from "@/lib/flows/validate";
import { installerRegistrationDefinition } from "./definition";

const entry = flows["installer-registration"];
const impl = entry.implementations;

function atConfirm() {
  const h = harness(installerRegistrationDefinition, impl);
  h.send("SELECT_COUNTRY", { country: "DE" });
  h.send("SUBMIT_CONTACT", { email: "admin@installer.example", captcha: "X" }, { captchaPassed: true });
  h.send("SUBMIT_CODE", { code: "123456" });
  h.send("SUBMIT_PASSWORD", { password: "x", confirmPassword: "x" }, { passwordHash: "$argon2id$hash" });
  h.send("SUBMIT_PROFILE", { fullName: "Ana Silva", phone: "+4915112345678", companyName: "Silva Security" });
  return h;
}

describe("installer registration machine", () => {
  it("is a valid definition that keeps its invariants", () => {
    expect(validateDefinition(installerRegistrationDefinition, impl, entry.invariants)).toEqual([]);
  });

  it("walks every step to an account awaiting confirmation, with a company and the Verify Now email", () => {
    const h = atConfirm();
    expect(h.state).toBe("confirm");
    expect(h.effects[0]).toMatchObject({ kind: "message", template: "verification-code", to: "admin@installer.example" });
    h.send("REGISTER", { authCode: "", newsletter: false, terms: true }, {});
    expect(h.state).toBe("registered");
    const kinds = h.effects.map((e) => e.kind);
    expect(kinds).toEqual(["message", "createAccount", "createCompany", "accountConfirmation"]);
    expect(h.effects[1]).toMatchObject({
      role: "installer_admin",
      status: "awaiting_confirmation",
      username: "admin@installer.example",
      fullName: "Ana Silva",
      country: "DE",
      passwordHash: "$argon2id$hash",
    });
    expect(h.effects[2]).toMatchObject({ name: "Silva Security", country: "DE", phone: "+4915112345678", authCode: null });
  });

  it("takes the optional steps: authentication code and newsletter", () => {
    const h = atConfirm();
    h.send("REGISTER", { authCode: "0123456789", newsletter: true, terms: true }, { authCodeValid: true });
    expect(h.effects.map((e) => e.kind)).toEqual(["message", "createAccount", "createCompany", "newsletterOptIn", "accountConfirmation"]);
    expect(h.effects[2]).toMatchObject({ authCode: "0123456789" });
  });

  it("refuses a wrong authentication code and keeps the person on the step", () => {
    const h = atConfirm();
    h.send("REGISTER", { authCode: "9999999999", newsletter: true, terms: true }, { authCodeValid: false });
    expect(h.state).toBe("confirm");
    expect(h.error).toBe("auth_code_invalid");
    expect(h.effects.some((e) => e.kind === "createAccount")).toBe(false);
  });

  it("sends no code until the picture code is right", () => {
    const h = harness(installerRegistrationDefinition, impl);
    h.send("SELECT_COUNTRY", { country: "DE" });
    h.send("SUBMIT_CONTACT", { email: "a@b.example", captcha: "X" }, { captchaPassed: false });
    expect(h.state).toBe("email");
    expect(h.error).toBe("captcha_wrong");
    expect(h.effects).toEqual([]);
  });

  it("refuses any authentication code after five wrong ones in the flow, without looking at it", () => {
    const h = atConfirm();
    for (let i = 0; i < 5; i++) {
      h.send("REGISTER", { authCode: "9999999999", terms: true }, { authCodeValid: false });
      expect(h.error).toBe("auth_code_invalid");
    }
    h.send("REGISTER", { authCode: "0123456789", terms: true }, { authCodeValid: true });
    expect(h.state).toBe("confirm");
    expect(h.error).toBe("auth_code_attempts");
    // Without a code the registration still goes through.
    h.send("REGISTER", { authCode: "", terms: true }, {});
    expect(h.state).toBe("registered");
  });

  it("never registers without the terms", () => {
    const h = atConfirm();
    h.send("REGISTER", { authCode: "", newsletter: false, terms: false }, {});
    expect(h.state).toBe("confirm");
  });

  it("stays on the password step until the password was hashed (valid)", () => {
    const h = harness(installerRegistrationDefinition, impl);
    h.send("SELECT_COUNTRY", { country: "DE" });
    h.send("SUBMIT_CONTACT", { email: "a@b.example", captcha: "X" }, { captchaPassed: true });
    h.send("SUBMIT_CODE", { code: "123456" });
    h.send("SUBMIT_PASSWORD", { password: "x" }, {});
    expect(h.state).toBe("password");
  });

  it("refuses a registration limit and a send limit with clear errors", () => {
    const h = atConfirm();
    h.send("REGISTER", { terms: true }, { registrationLimitedUntil: 1 });
    expect(h.error).toBe("registration_limited");
    const g = harness(installerRegistrationDefinition, impl);
    g.send("SELECT_COUNTRY", { country: "DE" });
    g.send("SUBMIT_CONTACT", { email: "a@b.example", captcha: "X" }, { captchaPassed: true, sendLimitedUntil: 1 });
    expect(g.state).toBe("email");
    expect(g.error).toBe("send_limited");
  });

  it("refuses an edited definition that creates the company without the guard", () => {
    const def = structuredClone(installerRegistrationDefinition) as any;
    def.states.profile.on.SUBMIT_PROFILE.actions = ["recordProfile", "createCompany"];
    expect(validateDefinition(def, impl, entry.invariants).map((p) => p.message)).toContain(
      '"createCompany" must be guarded by "readyToCreateInstaller": a company belongs to a new, verified account',
    );
  });
});
