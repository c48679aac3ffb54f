import { describe, expect, it } from "vitest";
import { renderMessage } from "@/emails";
import { config } from "@/lib/config";

/** The templates speak the language the outbox row was queued in (issue 15); English stays as it was. */
const base = () => config.appUrl.replace(/\/$/, "");

describe("rendering a message in its language", () => {
  it("a verification code email and SMS in German and Spanish", async () => {
    const payload = { secret: "482913", validMinutes: 10 };
    const de = await renderMessage("verification-code", payload, "email", "de");
    expect(de.subject).toBe("482913 ist Ihr Gatehouse-Bestätigungscode");
    expect(de.text).toBe("Ihr Gatehouse-Bestätigungscode lautet 482913.\nEr ist 10 Minuten gültig und funktioniert einmal. Geben Sie ihn niemals weiter.");
    expect(de.html).toContain('lang="de"');
    expect(de.html).toContain("Geben Sie diesen Code ein, um fortzufahren:");
    expect(de.html).toContain("Sie erhalten diese E-Mail wegen einer Aktivität");
    expect(de.html).not.toContain("You received this email");

    const es = await renderMessage("verification-code", payload, "email", "es");
    expect(es.subject).toBe("482913 es su código de verificación de Gatehouse");
    expect(es.html).toContain('lang="es"');
    expect(es.html).toContain("Introduzca este código para continuar:");

    expect(await renderMessage("verification-code", payload, "sms", "de")).toEqual({
      subject: "Bestätigungscode",
      text: "Ihr Gatehouse-Bestätigungscode lautet 482913. Gültig 10 Min. Geben Sie ihn niemals weiter.",
    });
    expect(await renderMessage("verification-code", payload, "sms", "es")).toEqual({
      subject: "Código de verificación",
      text: "Su código de verificación de Gatehouse es 482913. Válido 10 min. No lo comparta nunca.",
    });
  });

  it("English is unchanged, and a row without a known language is English", async () => {
    const payload = { secret: "482913", validMinutes: 10 };
    const en = await renderMessage("verification-code", payload, "email");
    expect(en.subject).toBe("482913 is your Gatehouse verification code");
    expect(en.text).toBe("Your Gatehouse verification code is 482913.\nIt is valid for 10 minutes and works once. Never share it.");
    expect(en.html).toContain("It is valid for 10 minutes and works once. Never share it: our staff will never ask you for it.");
    expect(await renderMessage("verification-code", payload, "email", "fr")).toEqual(en);
    const attempt = await renderMessage("registration-attempt", {}, "email", "en");
    expect(attempt.text).toBe(
      `Someone tried to create a new Gatehouse account with this address, but it already has an account. Nothing was changed.\nIf it was you, sign in instead: ${base()}/login\nIf it was not you, you do not need to do anything.`,
    );
    const welcome = await renderMessage("welcome", { username: "ana" }, "email", "en");
    expect(welcome.text).toBe(`Welcome, ana. Your account is ready: add your devices at ${base()}/account.`);
  });

  it("notices about an account: their words, and dates written as the language writes them", async () => {
    const signIn = { device: "Firefox on Linux", address: "203.0.113.9", at: "2026-03-05T10:07:00Z" };
    const en = await renderMessage("new-sign-in", signIn, "email", "en");
    expect(en.text).toContain("Network 203.0.x.x (address 203.0.113.9), at 2026-03-05 10:07 UTC.");
    const de = await renderMessage("new-sign-in", signIn, "sms", "de");
    expect(de.subject).toBe("Neue Anmeldung bei Ihrem Konto");
    expect(de.text).toContain("Netzwerk 203.0.x.x (Adresse 203.0.113.9), am 5. März 2026");
    expect(de.text).toContain("10:07 UTC.");
    // The browser, named in English when the sign-in was queued, in the message's language.
    expect(de.text).toContain("Firefox auf Linux");
    const script = await renderMessage("new-sign-in", { ...signIn, device: "App or script" }, "email", "es");
    expect(script.text).toContain("Aplicación o script");
    const es = await renderMessage("account-deletion-requested", { dueAt: "2026-04-01T09:30:00Z" }, "email", "es");
    expect(es.subject).toBe("Su cuenta se eliminará");
    expect(es.text).toContain("Se eliminará el 1 de abril de 2026");

    const changed = await renderMessage("contact-changed", { what: "email address", masked: "a***@example.com" }, "email", "de");
    expect(changed.subject).toBe("Ihre E-Mail-Adresse wurde geändert");
    const caseEs = await renderMessage("case-update", { caseNumber: "C-0007", text: "Case C-0007 is closed.", path: "/cases/x", what: "closed" }, "sms", "es");
    expect(caseEs.text).toBe(`El caso C-0007 está cerrado. Abrir el caso: ${base()}/cases/x`);
    const caseEn = await renderMessage("case-update", { caseNumber: "C-0007", text: "Case C-0007 is closed.", path: "/cases/x", what: "closed" }, "sms", "en");
    expect(caseEn.text).toBe(`Case C-0007 is closed. Open the case: ${base()}/cases/x`);
  });

  it("the newsletter's words and unsubscribe line in Spanish", async () => {
    const secret = { confirmToken: "c".repeat(43), unsubscribeToken: "u".repeat(43) };
    const m = await renderMessage("newsletter-confirm", { wording: "Acepto.", validDays: 7, secret }, "email", "es");
    expect(m.subject).toBe("Confirme su suscripción al boletín de Gatehouse");
    expect(m.text).toContain("«Acepto.»");
    expect(m.text).toContain(`Dese de baja con un clic (sin iniciar sesión): ${base()}/newsletter/unsubscribe?token=${secret.unsubscribeToken}`);
    expect(m.html).toContain("Darse de baja");
  });
});
