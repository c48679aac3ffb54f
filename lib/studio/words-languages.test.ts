import { describe, expect, it } from "vitest";
import { flows } from "@/lib/flows/registry";
import { translator } from "@/lib/messages";
import { conditionLabel, routesOf } from "./conditions";
import { diffDefinitions } from "./diff";
import { settingLabel } from "./edit";
import { flowGraph } from "./graph";
import { problemsOf } from "./service";
import { outcomeWords } from "./simulate";
import { auditSentence, flowTitle, problemText } from "./words";

const reg = flows["user-registration"].defaultDefinition;
const en = translator("en");
const de = translator("de");
const es = translator("es");
const outOfBounds = () => {
  const draft = structuredClone(reg) as { context: { settings: Record<string, number> } };
  draft.context.settings.codeValidMs = 30 * 60_000;
  return problemsOf("user-registration", draft as never)[0];
};

describe("the studio's own words in the request's language", () => {
  it("names flows in German and Spanish, and in English as before", () => {
    expect(flowTitle("password-recovery", de)).toBe("Passwort vergessen");
    expect(flowTitle("password-recovery", es)).toBe("Contraseña olvidada");
    expect(flowTitle("password-recovery", en)).toBe("Forgot Password");
    expect(flowTitle("password-recovery")).toBe("Forgot Password");
    expect(flowTitle("no-such-flow", de)).toBe("no-such-flow");
  });

  it("says problems in the request's language, English unchanged", () => {
    const p = outOfBounds();
    expect(problemText(reg, p, de).text).toBe("Gültigkeit des Codes muss zwischen 1 und 10 Minuten liegen.");
    expect(problemText(reg, p, es).text).toBe("Validez del código debe estar entre 1 y 10 minutos.");
    expect(problemText(reg, p, en).text).toBe("Code validity must be between 1 and 10 minutes.");
    const unreachable = { path: "verifyPhone", message: "state is unreachable" };
    expect(problemText(reg, unreachable, de).text).toMatch(/^Schritt „.+“: Keine Schaltfläche führt mehr zu diesem Schritt\.$/);
    expect(problemText(reg, unreachable, es).text).toMatch(/^Paso «.+»: Ningún botón lleva ya a este paso\.$/);
    expect(problemText(reg, unreachable).text).toBe("Step “Check your phone”: No button leads to this step any more.");
    const guarded = {
      path: "credentials on SUBMIT_CREDENTIALS",
      message: '"createAccount" must be guarded by "readyToCreateAccount": an account needs a verified contact and accepted terms',
    };
    expect(problemText(reg, guarded, de).text).toContain("Er darf nur das Konto anlegen, wenn die Kontaktangabe bestätigt und die Bedingungen akzeptiert sind");
    expect(problemText(reg, guarded, es).text).toContain("Solo puede crear la cuenta cuando el contacto está verificado y las condiciones aceptadas");
    expect(problemText(reg, { path: "contact", message: "A step needs a title." }, de).text).toMatch(/: Ein Schritt braucht einen Titel\.$/);
    expect(problemText(reg, { path: "", message: "There is no draft to publish." }, es).text).toBe("No hay ningún borrador para publicar.");
    expect(problemText(reg, { path: "contact", message: "A step needs a title." }).text).toBe("Step “Register”: A step needs a title.");
  });

  it("writes the audit trail in the request's language", () => {
    expect(auditSentence(reg, { actor: "editor", action: "published", detail: { version: 3, note: "Inbox" } }, de)).toBe("editor hat Version 3 veröffentlicht: Inbox.");
    expect(auditSentence(reg, { actor: "editor", action: "settings_edited", detail: { codeValidMs: 5, maxCodeAttempts: 3 } }, es)).toBe(
      "editor guardó los ajustes como Validez del código 5 minutos, Intentos de código 3.",
    );
    expect(auditSentence(reg, { actor: "editor", action: "step_edited", detail: { step: "contact", lang: "es", patch: { title: "x" } } }, de)).toMatch(
      /^editor hat den spanischen Text des Schritts „.+“ bearbeitet \(Titel\)\.$/,
    );
    expect(auditSentence(reg, { actor: "editor", action: "tried", detail: { draft: true } })).toBe("editor tried the draft.");
  });

  it("says conditions, routes, settings and Try it answers in German and Spanish", () => {
    expect(conditionLabel("usernameTaken", de)).toBe("der Benutzername vergeben ist");
    expect(conditionLabel("usernameTaken", es)).toBe("el nombre de usuario está ocupado");
    expect(conditionLabel("usernameTaken")).toBe("the user name is taken");
    expect(settingLabel("trustDays", de)).toBe("Vertrauensdauer für Geräte");
    const step = Object.keys((reg as { states: Record<string, unknown> }).states)[0];
    for (const i18n of [de, es]) {
      const english = routesOf(reg, step).map((r) => r.text);
      const theirs = routesOf(reg, step, i18n).map((r) => r.text);
      expect(theirs).toHaveLength(english.length);
      expect(theirs.some((text, i) => text !== english[i])).toBe(true);
    }
    expect(outcomeWords("username", de)).toEqual({ label: "Der gewählte Name ist", options: { free: "frei", taken: "bereits vergeben" } });
    expect(outcomeWords("username")).toEqual({ label: "The chosen name is", options: { free: "free", taken: "already taken" } });
    const edges = flowGraph(reg, es).edges.map((e) => e.label);
    expect(edges.some((l) => l.includes("(cuando "))).toBe(true);
    expect(flowGraph(reg).edges.map((e) => e.label)).toEqual(flowGraph(reg, en).edges.map((e) => e.label));
  });

  it("lists translation changes on the compare page", () => {
    const after = { ...structuredClone(reg), translations: { de: { Continue: "Weiter geht's" } } };
    const changes = diffDefinitions(reg, after);
    expect(changes).toEqual([{ path: "translations.de · Continue", what: "translation", change: "added", after: "Weiter geht's", locale: "de", english: "Continue" }]);
    expect(diffDefinitions(after, reg)[0]).toMatchObject({ change: "removed", before: "Weiter geht's", locale: "de" });
  });
});
