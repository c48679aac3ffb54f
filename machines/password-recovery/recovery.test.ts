import { describe, expect, it } from "vitest";
import { harness } from "@/tests/machine-harness";
import { flows } from "@/lib/flows/registry";
import { validateDefinition } from "@/lib/flows/validate";
import { passwordRecoveryDefinition } from "./definition";

const entry = flows["password-recovery"];
const impl = entry.implementations;

describe("password recovery machine", () => {
  it("is a valid definition that keeps its invariant", () => {
    expect(validateDefinition(passwordRecoveryDefinition, impl, entry.invariants)).toEqual([]);
  });

  it("sends a code to a known account, then resets the password", () => {
    const h = harness(passwordRecoveryDefinition, impl);
    h.send("SUBMIT_CONTACT", { email: "ana@example.com" }, { captchaPassed: true, accountExists: true });
    expect(h.state).toBe("verify");
    expect(h.effects).toEqual([expect.objectContaining({ template: "verification-code", to: "ana@example.com", secret: "123456" })]);
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.state).toBe("newPassword");
    h.send("SUBMIT_PASSWORD", { password: "x" }, { passwordHash: "$argon2id$new" });
    expect(h.state).toBe("done");
    expect(h.effects.at(-1)).toEqual({ kind: "resetPassword", contact: "ana@example.com", passwordHash: "$argon2id$new" });
  });

  it("shows the same next step for an unknown address but sends nothing, and no code can pass", () => {
    const h = harness(passwordRecoveryDefinition, impl);
    h.send("SUBMIT_CONTACT", { email: "nobody@example.com" }, { captchaPassed: true, accountExists: false });
    expect(h.state).toBe("verify");
    expect(h.effects).toEqual([expect.objectContaining({ kind: "message", channel: "discard" })]);
    h.send("SUBMIT_CODE", { code: "000000" });
    expect(h.error).toBe("code_wrong");
    h.advance(60_000);
    h.send("RESEND", {}, { accountExists: false });
    expect(h.effects.map((e) => (e.kind === "message" ? e.channel : e.kind))).toEqual(["discard", "discard"]);
  });

  it("refuses a wrong picture code and switches to the phone number", () => {
    const h = harness(passwordRecoveryDefinition, impl);
    h.send("SUBMIT_CONTACT", { email: "ana@example.com" }, { captchaPassed: false });
    expect(h.error).toBe("captcha_wrong");
    h.send("USE_PHONE");
    expect(h.state).toBe("identifyPhone");
    h.send("SUBMIT_CONTACT", { phone: "+12015550123" }, { captchaPassed: true, accountExists: true });
    expect(h.effects[0]).toMatchObject({ channel: "sms", to: "+12015550123" });
  });

  it("never resets without the verified code", () => {
    const def = structuredClone(passwordRecoveryDefinition) as any;
    def.states.identify.on.SUBMIT_CONTACT[2].actions.push("resetPassword");
    expect(validateDefinition(def, impl, entry.invariants).map((p) => p.message)).toContain(
      '"resetPassword" must be guarded by "recoveryReady": a password is reset only with the code sent to the account',
    );
  });
});
