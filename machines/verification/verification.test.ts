import { describe, expect, it } from "vitest";
import { harness } from "@/tests/machine-harness";
import { verificationDefinition, verificationStepPlaceholders } from "./definition";
import { defaultVerificationSettings, verificationActions, verificationGuards } from "./implementations";
import { validateDefinition } from "@/lib/flows/validate";

const impl = { guards: verificationGuards, actions: verificationActions, actors: {} };
const s = defaultVerificationSettings;

function sent() {
  const h = harness(verificationDefinition, impl);
  h.send("SEND", { email: "ana@example.com" });
  return h;
}

describe("verification machine", () => {
  it("is a valid definition whose text uses only the placeholders its steps allow", () => {
    expect(validateDefinition(verificationDefinition, impl, [], verificationStepPlaceholders)).toEqual([]);
  });

  it("has the documented defaults", () => {
    expect(s).toEqual({ codeLength: 6, codeValidMs: 600_000, resendCooldownMs: 60_000, maxCodeAttempts: 5 });
  });

  it("sends a code and keeps only its hash", () => {
    const h = sent();
    expect(h.state).toBe("awaitingCode");
    expect(h.effects).toEqual([
      expect.objectContaining({ kind: "message", template: "verification-code", to: "ana@example.com", secret: "123456" }),
    ]);
    expect(JSON.stringify(h.context)).not.toContain("123456");
    expect(h.context.verification.expiresAt - h.now()).toBe(s.codeValidMs);
  });

  it("accepts the right code", () => {
    const h = sent();
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.state).toBe("verified");
    expect(h.context.contactVerified).toBe(true);
  });

  it("counts wrong codes and kills the code after the limit", () => {
    const h = sent();
    for (let i = 1; i < s.maxCodeAttempts; i++) {
      h.send("SUBMIT_CODE", { code: "000000" });
      expect(h.error).toBe("code_wrong");
      expect(h.context.error.params.remaining).toBe(s.maxCodeAttempts - i);
    }
    h.send("SUBMIT_CODE", { code: "000000" });
    expect(h.error).toBe("code_dead");
    // Even the right code no longer works.
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.error).toBe("code_dead");
    expect(h.state).toBe("awaitingCode");
  });

  it("refuses a code once it has expired, even the right one", () => {
    const h = sent();
    h.advance(s.codeValidMs - 1);
    h.send("SUBMIT_CODE", { code: "000000" });
    expect(h.error).toBe("code_wrong");
    h.advance(1);
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.error).toBe("code_expired");
    expect(h.state).toBe("awaitingCode");
  });

  it("allows resend only after the cooldown, and the new code replaces the old", () => {
    const h = sent();
    h.advance(s.resendCooldownMs - 1_000);
    h.send("RESEND");
    expect(h.error).toBe("resend_too_soon");
    expect(h.context.error.params.seconds).toBe(1);
    expect(h.effects).toHaveLength(1);
    h.advance(1_000);
    h.setNextCode("654321");
    h.send("RESEND");
    expect(h.error).toBeUndefined();
    expect(h.effects).toHaveLength(2);
    expect(h.context.verification.sends).toBe(2);
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.error).toBe("code_wrong");
    h.send("SUBMIT_CODE", { code: "654321" });
    expect(h.state).toBe("verified");
  });

  it("resend revives a dead code's step with a fresh attempt budget", () => {
    const h = sent();
    for (let i = 0; i < s.maxCodeAttempts; i++) h.send("SUBMIT_CODE", { code: "000000" });
    h.advance(s.resendCooldownMs);
    h.setNextCode("222222");
    h.send("RESEND");
    expect(h.context.verification.attempts).toBe(0);
    h.send("SUBMIT_CODE", { code: "222222" });
    expect(h.state).toBe("verified");
  });

  it("reports the send limit instead of sending", () => {
    const h = sent();
    h.advance(s.resendCooldownMs);
    h.send("RESEND", {}, { sendLimitedUntil: h.now() + 3_600_000 });
    expect(h.error).toBe("send_limited");
    expect(h.effects).toHaveLength(1);
  });

  it("sends the owner a notice instead of a code when the address has an account", () => {
    const h = harness(verificationDefinition, impl);
    h.send("SEND", { email: "owner@example.com" }, { accountExists: true, registrationNoticeDue: true });
    expect(h.state).toBe("awaitingCode");
    expect(h.effects).toEqual([expect.objectContaining({ template: "registration-attempt", to: "owner@example.com", channel: "email" })]);
    expect(h.effects[0]).not.toHaveProperty("secret");
  });

  it("queues the notice to nowhere when the owner was already told today, with the same next screen", () => {
    const h = harness(verificationDefinition, impl);
    h.send("SEND", { email: "owner@example.com" }, { accountExists: true, registrationNoticeDue: false });
    expect(h.state).toBe("awaitingCode");
    expect(h.effects).toEqual([expect.objectContaining({ template: "registration-attempt", channel: "discard" })]);
  });

  it("refuses to check any code once the destination's daily checks are used up", () => {
    const h = sent();
    h.send("SUBMIT_CODE", { code: "123456" }, { codeChecksBlockedUntil: h.now() + 3_600_000 });
    expect(h.error).toBe("code_checks_limited");
    expect(h.state).toBe("awaitingCode");
  });

  it("goes back to change the contact", () => {
    const h = sent();
    h.send("CHANGE_CONTACT");
    expect(h.state).toBe("idle");
  });
});
