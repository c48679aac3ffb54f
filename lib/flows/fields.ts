import { z } from "zod";
import { countryByCode } from "@/lib/countries";
import { checkPassword, passwordMessages, PASSWORD_MAX, type PasswordPolicy } from "@/lib/security/passwords";
import { USERNAME_PATTERN, usernameMessage } from "@/lib/security/usernames";
import { toE164 } from "@/lib/phone";
import type { BuiltinFieldKind, FieldMeta, StepMeta } from "./types";
import { fieldKind } from "./registry";
import { CONTROL_CHARACTERS, hasControlCharacters } from "@/lib/validation/plain-text";

/**
 * Server-side validation of a step's fields, derived from the step's field kinds.
 * One schema per kind; errors come back per field with a stable code and a message.
 */

export type FieldError = { code: string; message: string };
export type FieldErrors = Record<string, FieldError>;

/** Field kinds whose values are never echoed back into a form or stored in feedback. */
const secretKinds = new Set(["new-password", "confirm-password", "captcha", "code", "auth-code"]);
export const isSecretKind = (kind: string): boolean => secretKinds.has(kind) || fieldKind(kind)?.secret === true;

const email = z.email({ error: "Enter a valid email address, like name@example.com." }).max(254, "That email address is too long.");

function kindSchema(field: FieldMeta, context: Record<string, unknown>) {
  const settings = (context.settings ?? {}) as Record<string, unknown>;
  switch (field.kind) {
    case "email":
      return email;
    case "phone": {
      const code = typeof context.country === "string" ? context.country : undefined;
      const name = countryByCode(code)?.name ?? "your country";
      return z.string().transform((v, ctx) => {
        const e164 = toE164(v, code);
        if (!e164) {
          ctx.addIssue({ code: "custom", message: `Enter a valid mobile phone number for ${name}.` });
          return z.NEVER;
        }
        return e164;
      });
    }
    case "country":
      return z
        .string()
        .refine((c) => !!countryByCode(c), "Choose a country or region from the list.")
        .transform((c) => c.toUpperCase());
    case "captcha":
      return z.string().min(1, "Type the characters in the picture.").max(12, "Type the characters in the picture.");
    case "code": {
      const length = Number(settings.codeLength ?? 6);
      return z
        .string()
        .transform((s) => s.replace(/\s+/g, ""))
        .pipe(z.string().regex(new RegExp(`^\\d{${length}}$`), `Enter the ${length}-digit code.`));
    }
    case "username":
      return z.string().regex(USERNAME_PATTERN, usernameMessage);
    case "new-password":
      return z.string().max(PASSWORD_MAX, passwordMessages.too_long);
    case "confirm-password":
      return z.string();
    case "checkbox":
      return z.boolean();
    case "text":
      return z.string().max(100, "Use at most 100 characters.");
    case "auth-code":
      return z
        .string()
        .transform((s) => s.replace(/\s+/g, ""))
        .pipe(z.string().regex(/^\d{10}$/, "An authentication code has exactly 10 digits."));
    default: {
      const registered = fieldKind(field.kind);
      if (!registered) throw new Error(`Unknown field kind "${field.kind}"`);
      return registered.schema(field, context);
    }
  }
}

const requiredMessages: Partial<Record<BuiltinFieldKind, string>> = {
  country: "Choose your country or region.",
  email: "Enter your email address.",
  phone: "Enter your mobile phone number.",
  captcha: "Type the characters in the picture.",
  code: "Enter the verification code.",
  username: "Choose a user name.",
  "new-password": "Choose a password.",
  "confirm-password": "Type the password again.",
  checkbox: "You must agree to continue.",
  text: "This field is required.",
};

function requiredMessage(kind: string): string {
  const builtin = Object.hasOwn(requiredMessages, kind) ? requiredMessages[kind as BuiltinFieldKind] : undefined;
  return builtin ?? fieldKind(kind)?.required ?? "This field is required.";
}

/** Read raw input (FormData entries or JSON) into the values a step's fields expect. */
export function readRaw(step: StepMeta, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of step.fields) {
    // A field switched off is never read: its value is what an untouched optional field gives.
    const v = f.off ? undefined : raw[f.name];
    if (f.kind === "checkbox") out[f.name] = v === true || v === "on" || v === "true" || v === "1";
    else if (typeof v === "string") out[f.name] = f.kind === "new-password" || f.kind === "confirm-password" ? v : v.trim();
    else out[f.name] = "";
    if (f.kind === "captcha") out.captchaId = typeof raw.captchaId === "string" && !hasControlCharacters(raw.captchaId) ? raw.captchaId : "";
  }
  return out;
}

/** `context` is the flow's context: settings (code length) and the chosen country (phone numbers). */
export function validateStep(
  step: StepMeta,
  raw: Record<string, unknown>,
  context: Record<string, unknown>,
): { values: Record<string, unknown>; errors: FieldErrors } {
  const input = readRaw(step, raw);
  const values: Record<string, unknown> = { ...input };
  const errors: FieldErrors = {};
  for (const field of step.fields) {
    if (field.off) continue;
    const v = input[field.name];
    // Checked before anything else, and the value dropped: it must not be kept, shown or stored.
    if (typeof v === "string" && hasControlCharacters(v)) {
      errors[field.name] = { ...CONTROL_CHARACTERS };
      values[field.name] = "";
      continue;
    }
    const empty = v === "" || v === false;
    if (empty) {
      if (field.required) errors[field.name] = { code: "required", message: requiredMessage(field.kind) };
      continue;
    }
    const parsed = kindSchema(field, context).safeParse(v);
    if (!parsed.success) {
      errors[field.name] = { code: "invalid", message: parsed.error.issues[0]?.message ?? "This value is not valid." };
      continue;
    }
    values[field.name] = parsed.data;
  }
  // Rules that involve two fields.
  const pw = step.fields.find((f) => f.kind === "new-password");
  if (pw && !errors[pw.name] && values[pw.name]) {
    const username = step.fields.find((f) => f.kind === "username");
    const policy = (context.settings as { passwordPolicy?: PasswordPolicy } | undefined)?.passwordPolicy;
    const problem = checkPassword(String(values[pw.name]), { username: username ? String(values[username.name] ?? "") : undefined, policy });
    if (problem) errors[pw.name] = { code: `password_${problem}`, message: passwordMessages[problem] };
  }
  const confirm = step.fields.find((f) => f.kind === "confirm-password");
  if (pw && confirm && !errors[confirm.name] && values[confirm.name] !== values[pw.name]) {
    errors[confirm.name] = { code: "mismatch", message: "The passwords do not match." };
  }
  return { values, errors };
}

/** The values safe to keep and show again after a rejected submission. */
export function keptValues(step: StepMeta, values: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const f of step.fields) if (!isSecretKind(f.kind) && values[f.name] !== undefined) kept[f.name] = values[f.name];
  return kept;
}
