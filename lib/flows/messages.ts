import { now } from "@/lib/clock";
import { translator, type Translator } from "@/lib/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/messages/locales";

/**
 * The words shown for each error code a machine or the runtime can report (lib/messages/en/core.ts,
 * `flow`), in `locale` (the reader's language; English by default).
 */
export function errorMessage(code: string, params: Record<string, string | number> = {}, locale: Locale | Translator = DEFAULT_LOCALE): string {
  const i18n = typeof locale === "string" ? translator(locale) : locale;
  const key = `flow.${code}`;
  if (!i18n.has(key)) return i18n.t("common.invalid");
  // Limits carry the time they lift (`until`, epoch ms); the words say how many minutes are left.
  const minutes = params.until === undefined ? undefined : Math.max(1, Math.ceil((Number(params.until) - now()) / 60_000));
  return i18n.t(key, minutes === undefined ? params : { ...params, minutes });
}
