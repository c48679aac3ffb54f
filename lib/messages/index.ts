import { de } from "./de";
import { en, type Catalogue } from "./en";
import { es } from "./es";
import { DEFAULT_LOCALE, type Locale } from "./locales";

export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, negotiateLocale, type Locale } from "./locales";

/**
 * The message catalogue: `t("notices.security.session_ended")` gives the words for a code. Keys are
 * typed (a dotted path into `lib/messages/en/`); codes that arrive at run time (a flash cookie, a
 * machine's error code) go through `has()` or `tOr()` first. Pages take a translator for the
 * request's language (`getTranslator()` in lib/i18n/request.ts); the bare `t` here speaks English,
 * for logs, tests and code that has no person to speak to.
 */

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<typeof en>;
export type MessageValues = Record<string, string | number>;

/** The keys under one prefix, without it: `Under<"notices.security">` is `"session_ended" | …`. */
export type Under<P extends string> = MessageKey extends infer K ? (K extends `${P}.${infer R}` ? R : never) : never;

export const catalogues: Record<Locale, Catalogue> = { en, de, es };

function lookup(key: string, locale: Locale): string | undefined {
  let node: unknown = catalogues[locale] ?? catalogues[DEFAULT_LOCALE];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export type Notice = { ok: boolean; text: string };

/** Everything a page needs to speak one language: words, notices, dates and numbers. */
export type Translator = {
  locale: Locale;
  /** The words for `key` with its placeholders filled. */
  t(key: MessageKey, values?: MessageValues): string;
  /** Whether a code read at run time names a message. */
  has(key: string): key is MessageKey;
  /** The words for a code read at run time, or the fallback message when there is none. */
  tOr(key: string, fallback: MessageKey, values?: MessageValues): string;
  /** A page's result banner from a flash notice code (see noticeOf). */
  notice<P extends keyof typeof en.notices>(page: P, code: string | undefined, values?: MessageValues): Notice | undefined;
  /** A date (and time, with `withTime`) as people of this language write it. */
  date(value: Date | string | number, options?: { withTime?: boolean }): string;
  /** A number with this language's separators. */
  number(value: number): string;
};

const translators = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  const known = translators.get(locale);
  if (known) return known;
  const has = (key: string): key is MessageKey => lookup(key, DEFAULT_LOCALE) !== undefined;
  const t = (key: MessageKey, values: MessageValues = {}) => {
    const template = lookup(key, locale) ?? lookup(key, DEFAULT_LOCALE);
    if (template === undefined) throw new Error(`No message ${key}`);
    return format(template, values, locale);
  };
  const dateShort = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const numbers = new Intl.NumberFormat(locale);
  const made: Translator = {
    locale,
    t,
    has,
    tOr: (key, fallback, values = {}) => (has(key) ? t(key, values) : t(fallback, values)),
    notice(page, code, values = {}) {
      if (!code) return undefined;
      const key = `notices.${page}.${code}`;
      if (!has(key)) return undefined;
      return { ok: !REFUSALS.has(key), text: t(key, values) };
    },
    date: (value, options) => (options?.withTime ? dateTime : dateShort).format(new Date(value)),
    number: (value) => numbers.format(value),
  };
  translators.set(locale, made);
  return made;
}

const english = translator(DEFAULT_LOCALE);

/** The English words for `key` (pages use their request's translator instead). */
export const t = english.t;
export const has = english.has;
export const tOr = english.tOr;

/**
 * A page's result banner from a flash notice code: its words, and whether it reports success (a
 * status) or a refusal (an alert). Unknown codes give nothing.
 */
export function noticeOf<P extends keyof typeof en.notices>(page: P, code: string | undefined, values: MessageValues = {}, locale: Locale = DEFAULT_LOCALE): Notice | undefined {
  return translator(locale).notice(page, code, values);
}

/** The notices that report a refusal (shown as an alert); every other notice reports success. */
const REFUSALS = new Set<MessageKey>([
  "notices.start.limited",
  "notices.contactChange.expired",
  "notices.newCase.expired",
  "notices.newsletterLink.confirm_expired",
  "notices.newsletterLink.confirm_invalid",
  "notices.newsletterLink.unsubscribe_invalid",
  "notices.studio.rollback_unconfirmed",
  "notices.login.expired",
  "notices.login.invalid",
  "notices.login.resend_limited",
  "notices.security.session_invalid",
  "notices.security.device_invalid",
  "notices.security.two_factor_invalid",
  "notices.security.passkey_invalid",
  "notices.company.auth_invalid",
  "notices.company.auth_malformed",
  "notices.company.auth_limited",
  "notices.newsletter.no_email",
  "notices.newsletter.limited",
  "notices.newsletter.failed",
  "notices.case.not_allowed",
  "notices.case.not_found",
  "notices.desk.stale",
  "notices.desk.not_allowed",
  "notices.desk.not_found",
  "notices.desk.invalid",
  "notices.desk.own_case",
  "notices.desk.same_approver",
]);

/** The names a message needs filled (`{name}` and the number of a `{n, plural, …}`). */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  walk(template, (name) => names.add(name));
  return [...names];
}

/** Minimal ICU MessageFormat: `{name}` and `{name, plural, =0 {…} one {…} other {…}}` with `#`. */
function format(template: string, values: MessageValues, locale: Locale = DEFAULT_LOCALE): string {
  return walk(
    template,
    (name) => {
      // A missing value shows as {name} to people; in development and tests it is an error.
      if (!Object.hasOwn(values, name) && process.env.NODE_ENV !== "production") throw new Error(`The message "${template}" needs {${name}}`);
    },
    values,
    locale,
  );
}

function walk(template: string, need: (name: string) => void, values: MessageValues = {}, locale: Locale = DEFAULT_LOCALE, hash?: string): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === "#" && hash !== undefined) {
      out += hash;
      i++;
      continue;
    }
    // ICU quoting: '{…}' is literal text (the JSON shapes in the API's messages), '' an apostrophe.
    if (ch === "'" && (template[i + 1] === "{" || template[i + 1] === "'")) {
      if (template[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const close = template.indexOf("'", i + 1);
      if (close < 0) throw new Error(`Unclosed quote in message "${template}"`);
      out += template.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (ch !== "{") {
      out += ch;
      i++;
      continue;
    }
    const end = matching(template, i);
    const body = template.slice(i + 1, end);
    const m = /^\s*([A-Za-z_][\w]*)\s*(?:,\s*plural\s*,([\s\S]*))?$/.exec(body);
    if (!m) throw new Error(`Not a placeholder: {${body}} in message "${template}"`);
    const [, name, branches] = m;
    need(name);
    const value = values[name];
    if (branches === undefined) out += value === undefined ? `{${name}}` : String(value);
    else out += plural(branches, value, need, values, locale);
    i = end + 1;
  }
  return out;
}

function matching(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    if (s[j] === "{") depth++;
    else if (s[j] === "}" && --depth === 0) return j;
  }
  throw new Error(`Unbalanced braces in message "${s}"`);
}

function plural(spec: string, value: string | number | undefined, need: (name: string) => void, values: MessageValues, locale: Locale): string {
  const options = new Map<string, string>();
  const re = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(spec))) {
    const open = m.index + m[0].length - 1;
    const close = matching(spec, open);
    options.set(m[1], spec.slice(open + 1, close));
    re.lastIndex = close + 1;
  }
  const n = Number(value);
  const chosen = options.get(`=${n}`) ?? options.get(new Intl.PluralRules(locale).select(n)) ?? options.get("other") ?? "";
  // Placeholders inside every branch count as needed, not only the chosen one.
  for (const text of options.values()) walk(text, need, {}, locale, "");
  return walk(chosen, () => {}, values, locale, value === undefined ? "" : String(value));
}
