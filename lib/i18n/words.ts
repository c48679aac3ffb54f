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
let templates: { key: MessageKey; pattern: RegExp; names: string[] }[] | undefined;

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

/** The case notifications and field messages with simple placeholders (`{label}`), as patterns that read the values back. */
function accountTemplates() {
  if (templates) return templates;
  templates = [...leaves(en.account.notifications.texts, "account.notifications.texts"), ...leaves(en.account.errors, "account.errors")]
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
  return templates;
}

/**
 * English words that code below the pages returns or stored (a refusal's message from lib/accounts,
 * a zod field message, a case notification), in the request's language when the catalogue has them
 * (with the values read back from the English, as in "Case {label} is closed."); anything else unchanged.
 */
export function inLanguage(i18n: Translator, english: string): string {
  if (i18n.locale === "en") return english;
  const key = englishIndex().get(english);
  if (key) return i18n.t(key);
  for (const { key: template, pattern, names } of accountTemplates()) {
    const m = pattern.exec(english);
    if (m) return i18n.t(template, Object.fromEntries(names.map((name, i) => [name, m[i + 1]])));
  }
  return english;
}
