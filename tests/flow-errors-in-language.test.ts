import { describe, expect, it } from "vitest";
import { translator } from "@/lib/messages";
import { passwordMessage, passwordMessages, passwordPolicies, passwordPolicyLabels } from "@/lib/security/passwords";
import { fieldErrorText, validateStep } from "@/lib/flows/fields";
import { errorMessage } from "@/lib/flows/messages";
import { buildView, type Feedback } from "@/lib/flows/view";
import type { StepMeta } from "@/lib/flows/types";

/**
 * Every error and notice in the reader's language (issue 15): field errors keep their code and
 * English words, and carry their catalogue key so the view shows them in the reader's language.
 */

const step: StepMeta = {
  step: "account",
  title: "Create your account",
  fields: [
    { name: "email", kind: "email", label: "Email", required: true },
    { name: "phone", kind: "phone", label: "Mobile Phone Number", required: true },
    { name: "code", kind: "code", label: "Code", required: true },
    { name: "username", kind: "username", label: "User Name", required: true },
    { name: "password", kind: "new-password", label: "Password", required: true },
    { name: "confirmPassword", kind: "confirm-password", label: "Confirm Password", required: true },
    { name: "terms", kind: "checkbox", label: "I agree", required: true },
  ],
};
const context = { country: "DE", settings: { codeLength: 6 } };

const de = translator("de");
const es = translator("es");
const en = translator("en");

describe("field errors", () => {
  it("keep their codes and English words byte for byte", () => {
    const { errors } = validateStep(step, { email: "nope", phone: "12", code: "12", username: "a b", password: "short", confirmPassword: "other" }, context);
    expect(Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, [e.code, e.message]]))).toEqual({
      email: ["invalid", "Enter a valid email address, like name@example.com."],
      phone: ["invalid", "Enter a valid mobile phone number for Germany."],
      code: ["invalid", "Enter the 6-digit code."],
      username: ["invalid", "Use 3 to 32 letters, digits or underscores (no spaces)."],
      password: ["password_too_short", "Use at least 8 characters."],
      confirmPassword: ["mismatch", "The passwords do not match."],
      terms: ["required", "You must agree to continue."],
    });
    const empty = validateStep(step, {}, {});
    expect(empty.errors.email).toMatchObject({ code: "required", message: "Enter your email address." });
    expect(empty.errors.password).toMatchObject({ code: "required", message: "Choose a password." });
    const mismatch = validateStep(step, { password: "Tr0ub4dor&3x!", confirmPassword: "Tr0ub4dor&3y!" }, context).errors;
    expect(mismatch.confirmPassword).toMatchObject({ code: "mismatch", message: "The passwords do not match." });
    const controls = validateStep(step, { email: "a\u0000b@example.com" }, context).errors;
    expect(controls.email).toMatchObject({ code: "control_characters", message: "Remove the invisible control characters." });
    // An unknown country reads "your country".
    expect(validateStep(step, { phone: "12" }, {}).errors.phone.message).toBe("Enter a valid mobile phone number for your country.");
  });

  it("read in German and Spanish from their key, and in English as stored", () => {
    const { errors } = validateStep(step, { email: "nope", phone: "12", code: "12", password: "short", confirmPassword: "x" }, context);
    expect(fieldErrorText(errors.email, de)).toBe("Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.");
    expect(fieldErrorText(errors.email, es)).toBe("Introduzca una dirección de correo electrónico válida, como nombre@example.com.");
    expect(fieldErrorText(errors.phone, de)).toBe("Geben Sie eine gültige Mobilnummer für Deutschland ein.");
    expect(fieldErrorText(errors.phone, es)).toBe("Introduzca un número de teléfono móvil válido para Alemania.");
    expect(fieldErrorText(errors.code, de)).toBe("Geben Sie den 6-stelligen Code ein.");
    expect(fieldErrorText(errors.password, de)).toBe("Verwenden Sie mindestens 8 Zeichen.");
    expect(fieldErrorText(errors.password, es)).toBe("Use al menos 8 caracteres.");
    expect(fieldErrorText(errors.terms, de)).toBe("Sie müssen zustimmen, um fortzufahren.");
    expect(fieldErrorText(errors.username, es)).toBe("Elija un nombre de usuario.");
    for (const e of Object.values(errors)) expect(fieldErrorText(e, en)).toBe(e.message);
    const mismatch = validateStep(step, { password: "Tr0ub4dor&3x!", confirmPassword: "Tr0ub4dor&3y!" }, context).errors;
    expect(fieldErrorText(mismatch.confirmPassword, de)).toBe("Die Passwörter stimmen nicht überein.");
    expect(fieldErrorText(mismatch.confirmPassword, es)).toBe("Las contraseñas no coinciden.");
    expect(fieldErrorText(validateStep(step, { phone: "12" }, {}).errors.phone, de)).toBe("Geben Sie eine gültige Mobilnummer für Ihr Land ein.");
    // Words stored without a key (older feedback, a flow's own field kind) are shown as they are.
    expect(fieldErrorText({ code: "invalid", message: "Select one of the devices found on your network." }, de)).toBe("Select one of the devices found on your network.");
  });

  it("are shown by the view in its language, codes unchanged, and only code and message leave it", async () => {
    const { errors } = validateStep(step, { email: "nope" }, context);
    const feedback: Feedback = { revision: 1, errors: { ...errors, username: { code: "username_taken", message: errorMessage("username_taken") } }, notice: "not_allowed" };
    const show = (locale: "en" | "de" | "es") =>
      buildView({} as never, { flow: "nope", id: "f1", revision: 1, status: "active", expiresAt: new Date(0), step, context, feedback, locale });
    const german = await show("de");
    const byName = Object.fromEntries(german.fields.map((f) => [f.name, f.error]));
    expect(byName.email).toEqual({ code: "invalid", message: "Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com." });
    expect(byName.phone).toEqual({ code: "required", message: "Geben Sie Ihre Mobilnummer ein." });
    expect(byName.username).toEqual({ code: "username_taken", message: de.t("flow.username_taken") });
    expect(german.error).toEqual({ code: "not_allowed", message: "Das ist in diesem Schritt nicht möglich." });
    const spanish = await show("es");
    expect(spanish.fields.find((f) => f.name === "email")?.error?.message).toBe("Introduzca una dirección de correo electrónico válida, como nombre@example.com.");
    const english = await show("en");
    expect(Object.fromEntries(english.fields.map((f) => [f.name, f.error]))).toMatchObject({
      email: { code: "invalid", message: "Enter a valid email address, like name@example.com." },
      phone: { code: "required", message: "Enter your mobile phone number." },
      username: { code: "username_taken", message: "This user name is already taken. Choose another one." },
    });
    expect(english.error).toEqual({ code: "not_allowed", message: "That is not possible at this step." });
  });
});

describe("flow errors", () => {
  it("speak the locale given, English by default and byte for byte", () => {
    expect(errorMessage("code_wrong", { remaining: 2 })).toBe("That code is not right. 2 tries left.");
    expect(errorMessage("code_wrong", { remaining: 2 }, "de")).toBe(de.t("flow.code_wrong", { remaining: 2 }));
    expect(errorMessage("code_wrong", { remaining: 2 }, "de")).not.toBe(errorMessage("code_wrong", { remaining: 2 }));
    expect(errorMessage("code_wrong", { remaining: 1 }, es)).toBe(es.t("flow.code_wrong", { remaining: 1 }));
    expect(errorMessage("stale", {}, "es")).toBe(es.t("flow.stale"));
    expect(errorMessage("send_limited", { until: Date.now() + 5 * 60_000 }, "de")).toBe(de.t("flow.send_limited", { minutes: 5 }));
    // Unknown codes read as the general refusal, in the language.
    expect(errorMessage("nonsense", {}, "de")).toBe(de.t("common.invalid"));
    expect(errorMessage("nonsense")).toBe("Something was not right. Please check and try again.");
  });
});

describe("password words", () => {
  it("in each language, the English unchanged", () => {
    expect(passwordMessages.too_short).toBe("Use at least 8 characters.");
    expect(passwordMessage("too_short_12", de)).toBe("Verwenden Sie mindestens 12 Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben ein gutes Passwort.");
    expect(passwordMessage("too_long", es)).toBe("Use como máximo 128 caracteres.");
    expect(passwordPolicies).toEqual({
      "three-of-four": "At least 8 characters with three of four kinds (the seeds' rule)",
      nist: "At least 12 characters, any kinds, not on the common-password list (NIST-style)",
    });
    expect(Object.keys(passwordPolicyLabels(de))).toEqual(["three-of-four", "nist"]);
    expect(passwordPolicyLabels(de).nist).toMatch(/^Mindestens 12 Zeichen/);
  });
});

describe("a flow's own field kinds", () => {
  it("keep English words the view shows in the reader's language", async () => {
    const { deviceField, photoField } = await import("@/machines/device-reset-case/fields");
    expect(deviceField.required).toBe("Select the device whose password you forgot.");
    expect(photoField.required).toBe("Choose a photo of the device label.");
    const step: StepMeta = { step: "device", title: "Device", fields: [{ name: "device", kind: "device", label: "Device", required: true }] };
    const { errors } = validateStep(step, { device: "00:11:22:33:44:55" }, { scan: [] });
    expect(errors.device).toMatchObject({ code: "invalid", message: "Select one of the devices found on your network." });
    const feedback: Feedback = { revision: 1, errors };
    const shown = await buildView({} as never, { flow: "device-reset-case", id: "f1", revision: 1, status: "active", expiresAt: new Date(0), step, context: { scan: [] }, feedback, locale: "de" });
    expect(shown.fields[0].error).toEqual({ code: "invalid", message: "Wählen Sie eines der Geräte aus, die in Ihrem Netzwerk gefunden wurden." });
  });
});
