import { z } from "zod";
import type { Locale } from "@/lib/messages/locales";

/**
 * zod's own words for a refused request body (the JSON API's `error.issues[].message`), in the
 * request's language. zod ships these languages itself; an error a schema words for itself (the
 * control-character refusal, say) keeps its own text, which the caller translates by its code.
 */
const LOCALE_ERRORS: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  de: z.locales.de,
  es: z.locales.es,
};

const built = new Map<Locale, z.core.$ZodErrorMap>();

/** The error map to pass as `safeParse(body, { error: zodErrorsIn(locale) })`. */
export function zodErrorsIn(locale: Locale): z.core.$ZodErrorMap {
  let map = built.get(locale);
  if (!map) {
    map = LOCALE_ERRORS[locale]().localeError;
    built.set(locale, map);
  }
  return map;
}
