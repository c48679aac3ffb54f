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

function englishIndex(): Map<string, MessageKey> {
  if (byEnglish) return byEnglish;
  const index = new Map<string, MessageKey>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === "string") {
      // Only whole messages without placeholders can be recognised by their words.
      if (!node.includes("{") && !index.has(node)) index.set(node, prefix as MessageKey);
      return;
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  // The account section first: its words are this section's own, translated with it.
  walk(en.account, "account");
  walk(en, "");
  byEnglish = index;
  return index;
}

/**
 * English words that code below the pages returns (a refusal's message from lib/accounts, a zod
 * field message), in the request's language when the catalogue has them; anything else unchanged.
 */
export function inLanguage(i18n: Translator, english: string): string {
  if (i18n.locale === "en") return english;
  const key = englishIndex().get(english);
  return key ? i18n.t(key) : english;
}
