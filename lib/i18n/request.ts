import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/messages/locales";
import { translator, type Translator } from "@/lib/messages";

/**
 * The language of this request (docs/product.md, "Languages"): the person's choice in the `gh_lang`
 * cookie (set by the picker, and from the account's language when they sign in), else the browser's
 * Accept-Language, else English. No database read: the account's choice travels in the cookie.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  try {
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    if (isLocale(chosen)) return chosen;
    return negotiateLocale((await headers()).get("accept-language"));
  } catch {
    // Outside a request (a script, a test without one): English.
    return DEFAULT_LOCALE;
  }
});

/** The translator for this request's language. */
export async function getTranslator(): Promise<Translator> {
  return translator(await getLocale());
}
