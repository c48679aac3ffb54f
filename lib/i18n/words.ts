import { en } from "@/lib/messages/en";
import type { MessageKey, Translator } from "@/lib/messages";
import { utcMinute } from "@/lib/format";

/**
 * A moment with its minute, in UTC (the server does not know the reader's time zone, so it says
 * which it uses). English keeps "2026-11-23 07:19 UTC"; other languages write the date their way.
 */
export function utcTime(i18n: Translator, value: Date | number): string {
  if (i18n.locale === "en") return utcMinute(value);
  return `${new Intl.DateTimeFormat(i18n.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(value))} UTC`;
}

/** A day (UTC): English keeps "2026-11-23"; other languages write it their way. */
export function utcDay(i18n: Translator, value: Date | number): string {
  if (i18n.locale === "en") return new Date(value).toISOString().slice(0, 10);
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value));
}

let byEnglish: Map<string, MessageKey> | undefined;

function leaves(node: unknown, prefix: string, out: [string, string][] = []): [string, string][] {
  if (typeof node === "string") out.push([prefix, node]);
  else for (const [k, v] of Object.entries(node as Record<string, unknown>)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

function englishIndex(): Map<string, MessageKey> {
  if (byEnglish) return byEnglish;
  const index = new Map<string, MessageKey>();
  // The account section first: its words are this section's own, translated with it. Only whole
  // messages without placeholders can be recognised by their words alone.
  for (const [key, text] of [...leaves(en.account, "account"), ...leaves(en, "")]) if (!text.includes("{") && !index.has(text)) index.set(text, key as MessageKey);
  byEnglish = index;
  return index;
}

type Template = { key: MessageKey; pattern: RegExp; names: string[] };
const templateSets = new Map<string, Template[]>();

/** A section's messages with simple placeholders (`{label}`), as patterns that read the values back. */
function templatesUnder(...prefixes: string[]): Template[] {
  const id = prefixes.join(" ");
  const known = templateSets.get(id);
  if (known) return known;
  const made = prefixes
    .flatMap((prefix) => leaves(prefix.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en), prefix))
    .filter(([, text]) => /\{\w+\}/.test(text) && !/[{]\w+,/.test(text) && !text.includes("'"))
    .map(([key, text]) => {
      const names: string[] = [];
      const source = text
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          names.push(name);
          return "(.+?)";
        })
        .join("");
      return { key: key as MessageKey, pattern: new RegExp(`^${source}$`), names };
    });
  templateSets.set(id, made);
  return made;
}

function translate(i18n: Translator, english: string, templates: Template[]): string {
  if (i18n.locale === "en") return english;
  const key = englishIndex().get(english);
  if (key) return i18n.t(key);
  for (const { key: template, pattern, names } of templates) {
    const m = pattern.exec(english);
    // A value may itself be words of the catalogue ("Unknown browser on Windows").
    if (m) return i18n.t(template, Object.fromEntries(names.map((name, i) => [name, translate(i18n, m[i + 1], [])])));
  }
  return english;
}

/**
 * English words that code below the pages returns (a refusal's message from lib/accounts, a zod
 * field message), in the request's language when the catalogue has them (with the values read back
 * from the English, as in "Use at most {max} characters."); anything else unchanged. A stopgap, still
 * used only for messages not yet given as codes: lib/validation/plain-text's control-characters
 * message (zod issues on the security, devices, company and case forms) and lib/cases/device-reset's
 * refusals. Everything else has codes now: case notifications (`kind` + `params`, notificationText in
 * lib/cases/service.ts), rejection reasons (the event's `detail.reason`, eventBodyFor), the refusals of
 * lib/accounts (`reason`: a key and values) and the company form (companyDetailsIn).
 */
export function inLanguage(i18n: Translator, english: string): string {
  return translate(i18n, english, templatesUnder("account.errors"));
}

/** A session's or trusted device's browser and place (lib/accounts/security.ts describeDevice, lib/auth/networks.ts describePlace), in the request's language. */
export function describedIn(i18n: Translator, english: string): string {
  return translate(i18n, english, templatesUnder("account.security.described"));
}
