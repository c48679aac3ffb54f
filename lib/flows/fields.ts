import { z } from "zod";
import { checkPassword, passwordProblemKey, PASSWORD_MAX, type PasswordPolicy } from "@/lib/security/passwords";
import { USERNAME_PATTERN } from "@/lib/security/usernames";
import { countryByCode, countryName } from "@/lib/countries";
import { translator, type MessageKey, type MessageValues, type Translator } from "@/lib/messages";
import { toE164 } from "@/lib/phone";
import type { BuiltinFieldKind, FieldMeta, StepMeta } from "./types";
import { fieldKind } from "./registry";
import { CONTROL_CHARACTERS, hasControlCharacters } from "@/lib/validation/plain-text";

/**
 * Server-side validation of a step's fields, derived from the step's field kinds.
 * One schema per kind; errors come back per field with a stable code and a message.
 */

/**
 * `message` is the English words (what older stored feedback holds); `key` and `params` name them in
 * the catalogue, so a page shows them in its reader's language (fieldErrorText). The JSON API and
 * the pages show `{ code, message }` only.
 */
export type FieldError = { code: string; message: string; key?: string; params?: MessageValues };
export type FieldErrors = Record<string, FieldError>;

/** Field kinds whose values are never echoed back into a form or stored in feedback. */
const secretKinds = new Set(["new-password", "confirm-password", "captcha", "code", "auth-code"]);
export const isSecretKind = (kind: string): boolean => secretKinds.has(kind) || fieldKind(kind)?.secret === true;

const english = translator("en");

/**
 * Gives a message's English words and remembers its key, so the refused field can be shown in any
 * language; `kept` are the values stored instead of `params` (a country's code rather than its name).
 */
type Say = (key: MessageKey, params?: MessageValues, kept?: MessageValues) => string;

function kindSchema(field: FieldMeta, context: Record<string, unknown>, say: Say) {
  const settings = (context.settings ?? {}) as Record<string, unknown>;
  switch (field.kind) {
    case "email":
      return z.email({ error: say("fields.email") }).max(254, say("fields.emailTooLong"));
    case "phone": {
      const code = typeof context.country === "string" ? context.country : undefined;
      const country = countryByCode(code)?.code ?? "";
      return z.string().transform((v, ctx) => {
        const e164 = toE164(v, code);
        if (!e164) {
          // The country travels as its code: each language names it its own way.
          ctx.addIssue({ code: "custom", message: say("fields.phone", { country: phoneCountry(country, english) }, { country }) });
          return z.NEVER;
        }
        return e164;
      });
    }
    case "country":
      return z
        .string()
        .refine((c) => !!countryByCode(c), say("fields.country"))
        .transform((c) => c.toUpperCase());
    case "captcha":
      return z.string().min(1, say("fields.required.captcha")).max(12, say("fields.required.captcha"));
    case "code": {
      const length = Number(settings.codeLength ?? 6);
      return z
        .string()
        .transform((s) => s.replace(/\s+/g, ""))
        .pipe(z.string().regex(new RegExp(`^\\d{${length}}$`), say("fields.code", { length })));
    }
    case "username":
      return z.string().regex(USERNAME_PATTERN, say("fields.username"));
    case "new-password":
      return z.string().max(PASSWORD_MAX, say(passwordProblemKey("too_long").key, passwordProblemKey("too_long").params));
    case "confirm-password":
      return z.string();
    case "checkbox":
      return z.boolean();
    case "text":
      return z.string().max(100, say("fields.text"));
    case "auth-code":
      return z
        .string()
        .transform((s) => s.replace(/\s+/g, ""))
        .pipe(z.string().regex(/^\d{10}$/, say("fields.authCode")));
    default: {
      const registered = fieldKind(field.kind);
      if (!registered) throw new Error(`Unknown field kind "${field.kind}"`);
      return registered.schema(field, context);
    }
  }
}

const requiredKinds = new Set<string>(["country", "email", "phone", "captcha", "code", "username", "new-password", "confirm-password", "checkbox", "text"] satisfies BuiltinFieldKind[]);

/** A required field left empty: the built-in kinds' words by key, a registered kind's own words. */
function requiredError(kind: string): FieldError {
  if (requiredKinds.has(kind)) {
    const key = `fields.required.${kind}` as MessageKey;
    return { code: "required", message: english.t(key), key };
  }
  const own = fieldKind(kind)?.required;
  return own ? { code: "required", message: own } : { code: "required", message: english.t("fields.required.text"), key: "fields.required.text" };
}

/** A phone error's country: its name in the language, or "your country" when none was chosen. */
function phoneCountry(code: string, i18n: Translator): string {
  const country = countryByCode(code);
  return country ? countryName(country.code, i18n.locale) : i18n.t("fields.yourCountry");
}

/**
 * A refused field's words in the reader's language: from its catalogue key when it has one, else the
 * stored words as they are (lib/flows/view.ts also words a commit's refusal from its flow error code).
 */
export function fieldErrorText(error: FieldError, i18n: Translator): string {
  if (error.key && i18n.has(error.key)) {
    const params = { ...error.params };
    if (error.key === "fields.phone") params.country = phoneCountry(String(params.country ?? ""), i18n);
    return i18n.t(error.key, params);
  }
  return error.message;
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
  // The keys of the words the schemas gave, by their English text.
  const said = new Map<string, { key: string; params: MessageValues }>();
  const say: Say = (key, params = {}, kept = params) => {
    const message = english.t(key, params);
    said.set(message, { key, params: kept });
    return message;
  };
  const values: Record<string, unknown> = { ...input };
  const errors: FieldErrors = {};
  for (const field of step.fields) {
    if (field.off) continue;
    const v = input[field.name];
    // Checked before anything else, and the value dropped: it must not be kept, shown or stored.
    if (typeof v === "string" && hasControlCharacters(v)) {
      errors[field.name] = { ...CONTROL_CHARACTERS, key: "fields.controlCharacters" };
      values[field.name] = "";
      continue;
    }
    const empty = v === "" || v === false;
    if (empty) {
      if (field.required) errors[field.name] = requiredError(field.kind);
      continue;
    }
    const parsed = kindSchema(field, context, say).safeParse(v);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message;
      const known = message === undefined ? { key: "fields.invalid", params: {} } : said.get(message);
      errors[field.name] = { code: "invalid", message: message ?? english.t("fields.invalid"), ...known };
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
    if (problem) {
      const { key, params } = passwordProblemKey(problem);
      errors[pw.name] = { code: `password_${problem}`, message: english.t(key, params), key, params };
    }
  }
  const confirm = step.fields.find((f) => f.kind === "confirm-password");
  if (pw && confirm && !errors[confirm.name] && values[confirm.name] !== values[pw.name]) {
    errors[confirm.name] = { code: "mismatch", message: english.t("fields.mismatch"), key: "fields.mismatch" };
  }
  return { values, errors };
}

/** The values safe to keep and show again after a rejected submission. */
export function keptValues(step: StepMeta, values: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const f of step.fields) if (!isSecretKind(f.kind) && values[f.name] !== undefined) kept[f.name] = values[f.name];
  return kept;
}
