import { describe, expect, it } from "vitest";
import { harness } from "@/tests/machine-harness";
import { flows } from "@/lib/flows/registry";
import { validateDefinition } from "@/lib/flows/validate";
import { signInCheckDefinition } from "./definition";

const entry = flows["sign-in-check"];
const MINUTE = 60_000;
/** The lock the password attempt counted against, as the server puts it in the context. */
const LOCK = { key: "id:hash-of-identifier", kind: "untrusted" };

function start(account: Record<string, unknown> = {}, device: Record<string, unknown> = {}) {
  const context = {
    ...signInCheckDefinition.context,
    account: {
      id: "u1",
      email: "ana@example.com",
      phone: "+12015550123",
      maskedEmail: "a***@example.com",
      maskedPhone: "+1*** *** 0123",
      notify: { channel: "email", to: "ana@example.com" },
      ...account,
    },
    device: { tokenHash: "hash-of-device", userAgent: "Firefox", clientAddress: "203.0.113.9", label: "Firefox on Linux", known: false, ...device },
    lock: LOCK,
  };
  return harness({ ...signInCheckDefinition, context }, entry.implementations);
}

function codeSent(channel: "SEND_EMAIL" | "SEND_SMS" = "SEND_EMAIL") {
  const h = start();
  h.send(channel);
  return h;
}

describe("sign-in check machine", () => {
  it("is a valid definition that keeps its invariants", () => {
    expect(validateDefinition(signInCheckDefinition, entry.implementations, entry.invariants)).toEqual([]);
  });

  it("sends the code where the person chose, to the account's own contact", () => {
    const byEmail = codeSent("SEND_EMAIL");
    expect(byEmail.state).toBe("verify");
    expect(byEmail.effects).toEqual([expect.objectContaining({ kind: "message", channel: "email", to: "ana@example.com", template: "verification-code", secret: "123456" })]);
    const bySms = codeSent("SEND_SMS");
    expect(bySms.effects).toEqual([expect.objectContaining({ channel: "sms", to: "+12015550123", template: "verification-code" })]);
    // Nothing in the stored context reveals the code.
    expect(JSON.stringify(bySms.context)).not.toContain("123456");
  });

  it("offers only the contacts the account has", () => {
    const h = start({ phone: undefined, maskedPhone: undefined });
    expect(h.actor.getSnapshot().can({ type: "SEND_SMS", input: {}, facts: {}, fresh: { code: "1" }, now: h.now(), seq: 1 } as never)).toBe(false);
    h.send("SEND_SMS");
    expect(h.state).toBe("choose");
    expect(h.effects).toEqual([]);
  });

  it("signs in with the right code, trusts the browser only when asked, and tells the owner", () => {
    const h = codeSent();
    h.send("SUBMIT_CODE", { code: "123456", trustDevice: true });
    expect(h.state).toBe("signedIn");
    const kinds = h.effects.map((e) => e.kind);
    expect(kinds).toEqual(["message", "signIn", "trustDevice", "message"]);
    expect(h.effects[1]).toEqual({ kind: "signIn", userId: "u1", lock: LOCK });
    expect(h.effects[2]).toMatchObject({ kind: "trustDevice", userId: "u1", tokenHash: "hash-of-device", days: 30 });
    expect(h.effects[3]).toMatchObject({ kind: "message", template: "new-sign-in", to: "ana@example.com", data: { device: "Firefox on Linux", address: "203.0.113.9" } });

    const untrusted = codeSent();
    untrusted.send("SUBMIT_CODE", { code: "123456", trustDevice: false });
    expect(untrusted.effects.map((e) => e.kind)).toEqual(["message", "signIn", "message"]);
  });

  it("sends no new-device notice for a browser the account already trusts (two-step sign-in)", () => {
    const h = start({}, { known: true });
    h.send("SEND_EMAIL");
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.effects.map((e) => e.kind)).toEqual(["message", "signIn"]);
  });

  it("counts every wrong code against the attempt's lock and kills the code after five", () => {
    const h = codeSent();
    for (let i = 1; i <= 5; i++) {
      h.send("SUBMIT_CODE", { code: "000000" });
      expect(h.error).toBe(i < 5 ? "code_wrong" : "code_dead");
    }
    expect(h.effects.filter((e) => e.kind === "signInFailed")).toEqual(Array(5).fill({ kind: "signInFailed", userId: "u1", lock: LOCK }));
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.error).toBe("code_dead");
    expect(h.state).toBe("verify");
    expect(h.effects.some((e) => e.kind === "signIn")).toBe(false);
  });

  it("does not look at the code while the account is locked", () => {
    const h = codeSent();
    h.send("SUBMIT_CODE", { code: "123456" }, { accountLockedUntil: h.now() + 5 * MINUTE });
    expect(h.error).toBe("account_locked");
    expect(h.context.error.params).toEqual({ until: h.now() + 5 * MINUTE });
    h.send("SUBMIT_CODE", { code: "123456" }, { accountMustReset: true });
    expect(h.error).toBe("account_must_reset");
    expect(h.state).toBe("verify");
  });

  it("expires the code after ten minutes and resends only after the cooldown", () => {
    const h = codeSent();
    h.advance(30_000);
    h.send("RESEND");
    expect(h.error).toBe("resend_too_soon");
    h.advance(10 * MINUTE);
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.error).toBe("code_expired");
    h.setNextCode("654321");
    h.send("RESEND");
    expect(h.effects.at(-1)).toMatchObject({ template: "verification-code", secret: "654321" });
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.error).toBe("code_wrong");
    h.send("SUBMIT_CODE", { code: "654321" });
    expect(h.state).toBe("signedIn");
  });

  it("lets the person go back and pick the other contact", () => {
    const h = codeSent("SEND_EMAIL");
    h.send("CHANGE_CONTACT");
    expect(h.state).toBe("choose");
    h.send("SEND_SMS");
    expect(h.effects.at(-1)).toMatchObject({ channel: "sms", to: "+12015550123" });
  });
});
