import { describe, expect, it } from "vitest";
import { harness } from "@/tests/machine-harness";
import { flows } from "@/lib/flows/registry";
import { validateDefinition } from "@/lib/flows/validate";
import { contactChangeDefinition } from "./definition";

const entry = flows["contact-change"];
const start = { ...contactChangeDefinition, context: { ...contactChangeDefinition.context, account: { id: "u1" }, country: "US" } };

describe("contact change machine", () => {
  it("is a valid definition that keeps its invariant", () => {
    expect(validateDefinition(contactChangeDefinition, entry.implementations, entry.invariants)).toEqual([]);
  });

  it("changes the contact only after the code sent to the new one", () => {
    const h = harness(start, entry.implementations);
    h.send("SUBMIT_CONTACT", { email: "new@example.com" });
    expect(h.effects).toEqual([expect.objectContaining({ template: "verification-code", to: "new@example.com" })]);
    h.send("SUBMIT_CODE", { code: "000000" });
    expect(h.effects.some((e) => e.kind === "changeContact")).toBe(false);
    h.send("SUBMIT_CODE", { code: "123456" });
    expect(h.state).toBe("changed");
    expect(h.effects.at(-1)).toEqual({ kind: "changeContact", userId: "u1", channel: "email", target: "new@example.com" });
  });

  it("sends a notice, not a code, to an address that belongs to another account", () => {
    const h = harness(start, entry.implementations);
    h.send("USE_PHONE");
    h.send("SUBMIT_CONTACT", { phone: "+12015550123" }, { accountExists: true, registrationNoticeDue: true });
    expect(h.effects).toEqual([expect.objectContaining({ template: "registration-attempt", channel: "sms" })]);
  });
});
