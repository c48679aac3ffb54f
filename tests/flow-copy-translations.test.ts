import { describe, expect, it } from "vitest";
import { codeTranslations } from "@/machines/translations";
import { editStep, editTranslations } from "@/lib/studio/edit";
import { problemText } from "@/lib/studio/words";
import { flows } from "@/lib/flows/registry";
import { copyTextsOf, eachCopyText, localizeStep, translationProblems, translationsOf } from "@/lib/flows/localize";
import { placeholdersIn } from "@/lib/flows/placeholders";
import type { StepMeta } from "@/lib/flows/types";
import { buildView } from "@/lib/flows/view";

type Json = Record<string, unknown>;
const registration = () => structuredClone(flows["user-registration"].defaultDefinition) as Json;
const metaOf = (definition: Json, state: string) => (definition.states as Record<string, { meta: StepMeta }>)[state].meta;

describe("the code defaults speak German and Spanish", () => {
  it("has a translation of every copy text of every flow, with the English placeholders", () => {
    const missing: string[] = [];
    for (const entry of Object.values(flows)) {
      for (const text of copyTextsOf(entry.defaultDefinition)) {
        for (const locale of ["de", "es"] as const) {
          const translated = codeTranslations[locale][text];
          if (translated === undefined) missing.push(`${entry.name}: ${locale} “${text}”`);
          else if (placeholdersIn(translated).sort().join() !== placeholdersIn(text).sort().join()) missing.push(`${entry.name}: ${locale} “${text}” has other placeholders`);
        }
      }
      expect(translationProblems(entry.defaultDefinition)).toEqual([]);
    }
    expect(missing).toEqual([]);
  });

  it("keeps no translation of a text no flow shows (a stale entry hides a missing one)", () => {
    const used = new Set(Object.values(flows).flatMap((e) => [...copyTextsOf(e.defaultDefinition)]));
    for (const locale of ["de", "es"] as const) expect(Object.keys(codeTranslations[locale]).filter((k) => !used.has(k))).toEqual([]);
  });
});

describe("localizeStep", () => {
  const contact = metaOf(registration(), "contact");

  it("translates every copy text of a step and leaves everything else as it is", () => {
    const de = localizeStep(contact, "de");
    expect(de.title).toBe("Registrieren");
    expect(de.submit).toEqual({ ...contact.submit, label: "Weiter" });
    expect(de.fields.map((f) => [f.name, f.kind, f.label])).toEqual([
      ["email", "email", "E-Mail"],
      ["captcha", "captcha", "Bestätigungscode"],
    ]);
    expect(de.actions?.[0]).toMatchObject({ event: "CHANGE_COUNTRY", label: "Land/Region ändern", secondary: true });
    expect(de.tabs).toEqual({ current: "E-Mail", others: [{ label: "Mobiltelefonnummer", event: "USE_PHONE" }] });
    expect(localizeStep(contact, "es").title).toBe("Registrarse");
    expect(localizeStep(contact, "en")).toBe(contact);
  });

  it("prefers the version's own translation, falls back to the code's, then to English", () => {
    const definition = { ...registration(), translations: { de: { Register: "Konto anlegen" } } };
    const step = { ...contact, description: "Something new" };
    const de = localizeStep(step, "de", definition);
    expect(de.title).toBe("Konto anlegen");
    expect(de.submit?.label).toBe("Weiter");
    expect(de.description).toBe("Something new");
  });

  it("keeps placeholders, which the view then fills in the reader's language", async () => {
    const verify = metaOf(registration(), "verifyEmail");
    const context = { settings: { codeValidMs: 600_000 }, contact: { channel: "email", target: "ana@example.com" } };
    const view = await buildView({} as never, { flow: "user-registration", id: "f1", revision: 1, status: "active", expiresAt: new Date(0), step: verify, context, locale: "de" });
    expect(view.title).toBe("Prüfen Sie Ihre E-Mails");
    expect(view.description).toBe("Wir haben einen Bestätigungscode an ana@example.com gesendet. Er kommt innerhalb einer Minute an und ist 10 Minuten gültig.");
    expect(view.links).toEqual([{ label: "Keinen Bestätigungscode erhalten?", href: "/help/verification-code" }]);
    const en = await buildView({} as never, { flow: "user-registration", id: "f1", revision: 1, status: "active", expiresAt: new Date(0), step: verify, context, locale: "en" });
    expect(en.description).toBe("We sent a verification code to ana@example.com. It arrives within a minute and is valid for 10 minutes.");
  });

  it("visits every copy text, including links, tabs and hints", () => {
    const texts: string[] = [];
    eachCopyText(metaOf(registration(), "credentials"), (t) => texts.push(t));
    expect(texts).toEqual(expect.arrayContaining(["Create your account", "User Name", "Letters, digits and underscores, for example reg_by_email.", "Terms of Service", "Finish"]));
  });
});

describe("publishing refuses a changed text without its translations", () => {
  it("names the step and the language of each missing translation", () => {
    const { definition, problems } = editStep(registration(), "contact", { submitLabel: "Continue" });
    expect(problems).toEqual([]);
    expect(translationProblems(definition)).toEqual([
      { path: "contact", message: "Step “Register”: the German text of “Continue” is missing." },
      { path: "contact", message: "Step “Register”: the Spanish text of “Continue” is missing." },
    ]);
    // The studio shows it as it is, with a link to the step.
    expect(problemText(definition, translationProblems(definition)[0])).toEqual({ text: "Step “Register”: the German text of “Continue” is missing.", step: "contact" });
  });

  it("passes once every language has it, and a text shared by steps is translated once", () => {
    let d = editStep(registration(), "contact", { submitLabel: "Continue" }).definition;
    d = editStep(d, "contactPhone", { submitLabel: "Continue" }).definition;
    d = editTranslations(d, "contact", "de", { submitLabel: "Fortfahren" }).definition;
    expect(translationProblems(d).map((p) => p.message)).toEqual(["Step “Register”: the Spanish text of “Continue” is missing."]);
    d = editTranslations(d, "contactPhone", "es", { submitLabel: "Continuar" }).definition;
    expect(translationProblems(d)).toEqual([]);
    expect(translationsOf(d)).toEqual({ de: { Continue: "Fortfahren" }, es: { Continue: "Continuar" } });
    expect(localizeStep(metaOf(d, "contactPhone"), "de", d).submit?.label).toBe("Fortfahren");
  });

  it("lets unchanged texts keep their translations, and stores only what differs from the code's", () => {
    const d = registration();
    const same = editTranslations(d, "contact", "de", { title: "Registrieren", submitLabel: "Weiter" });
    expect(same.problems).toEqual([]);
    expect(same.definition.translations).toBeUndefined();
    expect(translationProblems(same.definition)).toEqual([]);
    const own = editTranslations(d, "contact", "de", { title: "Konto anlegen" }).definition;
    expect(translationsOf(own)).toEqual({ de: { Register: "Konto anlegen" } });
    expect(translationProblems(own)).toEqual([]);
    // An empty box gives the code's translation back.
    expect(editTranslations(own, "contact", "de", { title: "" }).definition.translations).toBeUndefined();
  });

  it("refuses a translation whose placeholders differ from the English, in the editor and at publishing", () => {
    const refused = editTranslations(registration(), "verifyEmail", "de", { description: "Wir haben einen Code an {ziel} gesendet." });
    expect(refused.problems).toEqual([
      {
        path: "verifyEmail",
        message:
          "The German text of “We sent a verification code to {target}. It arrives within a minute and is valid for {validMinutes} minutes.” must show the same placeholders as the English ({target}, {validMinutes}).",
      },
    ]);
    const stored = { ...registration(), translations: { es: { Next: "Siguiente {target}" } } };
    expect(translationProblems(stored)).toEqual([{ path: "contact", message: "Step “Register”: the Spanish text of “Next” must show the same placeholders as the English (none)." }]);
  });

  it("drops the translations of an English text no step shows any more", () => {
    let d = editTranslations(registration(), "registered", "de", { description: "Fertig!" }).definition;
    expect(translationsOf(d)).toEqual({ de: { "Your account is ready.": "Fertig!" } });
    d = editStep(d, "registered", { description: "Welcome aboard." }).definition;
    expect(d.translations).toBeUndefined();
    expect(translationProblems(d).map((p) => p.message)).toEqual([
      "Step “Registered”: the German text of “Welcome aboard.” is missing.",
      "Step “Registered”: the Spanish text of “Welcome aboard.” is missing.",
    ]);
  });
});

describe("translation problems in the studio's language", () => {
  it("takes a translation problem apart so the studio can say it in German or Spanish", async () => {
    const { translationProblemParts } = await import("@/lib/flows/localize");
    expect(translationProblemParts("Step “Register”: the German text of “Continue” is missing.")).toEqual({ kind: "missing", step: "Register", locale: "de", text: "Continue" });
    expect(translationProblemParts("Step “Register”: the Spanish text of “Next” must show the same placeholders as the English (none).")).toMatchObject({ kind: "placeholders", locale: "es", list: "none" });
    expect(translationProblemParts("state is unreachable")).toBeUndefined();
  });
});

describe("a stored version's translations", () => {
  it("are refused unless they map English texts to German or Spanish texts", async () => {
    const { validateDefinition } = await import("@/lib/flows/validate");
    const entry = flows["user-registration"];
    const check = (translations: unknown) => validateDefinition({ ...registration(), translations }, entry.implementations, entry.invariants, entry.placeholders).map((p) => p.message);
    expect(check({ de: { Next: "Weiter" }, es: {} })).toEqual([]);
    expect(check({ fr: { Next: "Suivant" } })).toEqual(["translations must map each English text to its German (de) or Spanish (es) text"]);
    expect(check({ de: { Next: 1 } })).toHaveLength(1);
  });
});
