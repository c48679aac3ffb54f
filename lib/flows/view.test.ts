import { describe, expect, it } from "vitest";
import { buildView } from "./view";
import type { StepMeta } from "./types";
import { flows } from "./registry";

// The flow as registered (tests/setup.ts), so the engine's tests import no flow either.
const deviceResetCaseDefinition = flows["device-reset-case"].defaultDefinition as { states: Record<string, { meta?: unknown }> };

/** What a sign-in check holds once the code went out: the person knows only the password. */
const context = {
  settings: { codeValidMs: 600_000 },
  account: { id: "u1", email: "ana@example.com", phone: "+12015550123", maskedEmail: "a***@example.com", maskedPhone: "+1*** *** 0123" },
  contact: { channel: "email", target: "ana@example.com" },
  verification: { target: "ana@example.com", codeHash: "c0ffee-hash", expiresAt: Date.UTC(2026, 10, 29, 14, 32), resendAt: 0 },
  contactVerified: false,
};

// Steps run with no picture code, so buildView never touches the database.
const view = (flow: string, step: StepMeta, ctx: Record<string, unknown> = context) =>
  buildView({} as never, { flow, id: "f1", revision: 1, status: "active", expiresAt: new Date(0), step, context: ctx });

describe("step text placeholders", () => {
  it("never fills a placeholder the step does not allow, even from a stored definition", async () => {
    // As a version stored before placeholders were checked could hold it.
    const step: StepMeta = {
      step: "verify",
      title: "Enter the verification code",
      description: "Sent to {maskedTarget} ({target}), hash {verification.codeHash}, {account.email} {account.phone} {contact.target}.",
      fields: [],
      submit: { event: "SUBMIT_CODE", label: "Verify {verification.codeHash}" },
      actions: [{ event: "RESEND", label: "Resend to {account.email}" }],
    };
    const v = await view("sign-in-check", step);
    const shown = JSON.stringify([v.description, v.submit, v.actions]);
    for (const secret of ["c0ffee-hash", "ana@example.com", "+12015550123"]) expect(shown).not.toContain(secret);
    expect(v.description).toBe(
      "Sent to a***@example.com ({target}), hash {verification.codeHash}, {account.email} {account.phone} {contact.target}.",
    );
    expect(v.submit?.label).toBe("Verify {verification.codeHash}");
    expect(v.actions[0].label).toBe("Resend to {account.email}");
    // The page data says where the code went, masked as well.
    expect(v.context.target).toBe("a***@example.com");
  });

  it("fills what the step allows", async () => {
    const v = await view("sign-in-check", {
      step: "verify",
      title: "Enter the verification code",
      description: "We sent a code to {maskedTarget}. It expires at {codeExpiresAt}.",
      fields: [],
    });
    expect(v.description).toBe("We sent a code to a***@example.com. It expires at 14:32 UTC (in 10 minutes).");
    const choose = await view("sign-in-check", {
      step: "choose",
      title: "Verify it's you",
      fields: [],
      submit: { event: "SEND_EMAIL", label: "Email a code to {account.maskedEmail}" },
    });
    expect(choose.submit?.label).toBe("Email a code to a***@example.com");
  });

  it("shows the account's own contact masked until this flow proved it, whatever the step allows", async () => {
    // The sign-in check's final step may name {target}: after the code the person has shown they hold it.
    const done = { step: "signed-in", title: "Signed in", description: "Signed in with {target}.", fields: [] } satisfies StepMeta;
    expect((await view("sign-in-check", done, { ...context, contactVerified: true })).description).toBe("Signed in with ana@example.com.");
    expect((await view("sign-in-check", done)).description).toBe("Signed in with a***@example.com.");
    // A contact the person typed (registration) is theirs to see in full.
    const typed = { ...context, account: undefined, contact: { channel: "email", target: "new@example.com" } };
    const verify = { step: "verify-email", title: "Check your email", description: "We sent a code to {target}.", fields: [] } satisfies StepMeta;
    expect((await view("user-registration", verify, typed)).description).toBe("We sent a code to new@example.com.");
  });

  it("fills the device the person picked on the case steps, as before", async () => {
    const ctx = {
      device: { model: "DS-2CD2143G2-I", serial: "SN123", ipv4: "192.168.1.64", mac: "44-19-b6-2a-10-01" },
      photo: { id: "p1", warning: "The photo looks blurry. " },
    };
    const confirm = deviceResetCaseDefinition.states.confirm.meta as StepMeta;
    const shown = await view("device-reset-case", confirm, ctx);
    expect(shown.warning).toBe("The photo looks blurry.");
    expect(shown.description).toBe("Reset the password of DS-2CD2143G2-I, serial SN123, at 192.168.1.64. A support agent checks the photo against the device.");
    // A sharp photo: no warning at all.
    expect((await view("device-reset-case", confirm, { ...ctx, photo: { id: "p1", warning: "" } })).warning).toBeUndefined();
    const photo = deviceResetCaseDefinition.states.photo.meta as StepMeta;
    expect((await view("device-reset-case", photo, ctx)).description).toBe(
      "Take a clear photo of the label on DS-2CD2143G2-I showing the serial number (SerialNo SN123).",
    );
  });
});
