import { describe, expect, it } from "vitest";
import { flows } from "@/lib/flows/registry";
import { translator } from "@/lib/messages";
import { auditSentence, flowTitle, problemText } from "./words";
import { problemsOf } from "./service";

const reg = flows["user-registration"].defaultDefinition;

describe("the studio in words", () => {
  it("names flows as people know them", () => {
    expect(["user-registration", "installer-registration", "password-recovery", "sign-in-check"].map(flowTitle)).toEqual([
      "User registration",
      "Installer Admin registration",
      "Forgot Password",
      "Sign-in check",
    ]);
  });

  it("says a setting out of bounds in a sentence, without its path", () => {
    const draft = structuredClone(reg) as { context: { settings: Record<string, number> } };
    draft.context.settings.codeValidMs = 30 * 60_000;
    const [problem] = problemsOf("user-registration", draft as never);
    expect(problem.path).toBe("settings.codeValidMs");
    expect(problemText(reg, problem)).toEqual({ text: "Code validity must be between 1 and 10 minutes.", anchor: "#settings-title" });
  });

  it("says a broken rule by step, button and reason", () => {
    const shown = problemText(reg, {
      path: "credentials on SUBMIT_CREDENTIALS",
      message: '"createAccount" must be guarded by "readyToCreateAccount": an account needs a verified contact and accepted terms',
    });
    expect(shown.text).toBe(
      "Step “Create your account”, button “Finish”: It may create the account only when the contact is verified and the terms accepted, because an account needs a verified contact and accepted terms.",
    );
    expect(shown.step).toBe("credentials");
    expect(problemText(reg, { path: "verifyPhone", message: "state is unreachable" }).text).toBe("Step “Check your phone”: No button leads to this step any more.");
  });

  it("words a placeholder a step may not show and a branch its step cannot decide in the editor's language; English as recorded", () => {
    const draft = structuredClone(reg) as { states: Record<string, { meta: { description: string }; on: Record<string, unknown[]> }> };
    draft.states.verifyEmail.meta.description = "Check: {verification.codeHash}";
    draft.states.contact.on.SUBMIT_CONTACT.unshift({ guard: "usernameTaken", actions: "reportUsernameTaken" });
    const problems = problemsOf("user-registration", draft as never);
    const placeholder = problems.find((p) => p.detail?.kind === "placeholder")!;
    const undecidable = problems.find((p) => p.detail?.kind === "undecidable")!;
    for (const p of [placeholder, undecidable]) expect(problemText(draft as never, p).text).toBe(p.message);
    const de = translator("de");
    expect(problemText(draft as never, placeholder, de).text).toMatch(/^Schritt „.+“: \{verification\.codeHash\} ist kein Platzhalter, den dieser Schritt zeigen darf\. Erlaubt: \{target\}, \{maskedTarget\}/);
    expect(problemText(draft as never, undecidable, de)).toMatchObject({ step: "contact", text: expect.stringMatching(/^Schritt „.+“, Schaltfläche „.+“: die Bedingung „.+“ lässt sich in diesem Schritt nicht entscheiden/) });
  });

  it("writes the audit trail as sentences", () => {
    expect(auditSentence(reg, { actor: "editor", action: "published", detail: { version: 3, note: "Inbox wording" } })).toBe("editor published version 3: Inbox wording.");
    expect(auditSentence(reg, { actor: "editor", action: "rolled_back", detail: { to: 1, version: 4 } })).toBe("editor rolled back to version 1 (published as version 4).");
    expect(auditSentence(reg, { actor: "editor", action: "settings_edited", detail: { codeValidMs: 5, maxCodeAttempts: 3 } })).toBe(
      "editor saved the settings as Code validity 5 minutes, Code attempts 3.",
    );
    expect(auditSentence(reg, { actor: "editor", action: "branch_added", detail: { step: "credentials", event: "SUBMIT_CREDENTIALS", guard: "usernameTaken", target: "contact" } })).toBe(
      "editor added a branch to “Create your account”: “Finish” when the user name is taken → Register.",
    );
    expect(auditSentence(reg, { actor: "editor", action: "step_edited", detail: { step: "contact", lang: "de", patch: { title: "Konto anlegen", fields: {} } } })).toBe(
      "editor edited the German text of the step “Register” (title).",
    );
  });

  it("says a missing translation by step and language, with a link to the step", () => {
    const shown = problemText(reg, { path: "contact", message: "Step “Register”: the Spanish text of “Continue” is missing." });
    expect(shown).toEqual({ text: "Step “Register”: the Spanish text of “Continue” is missing.", step: "contact" });
  });
});
