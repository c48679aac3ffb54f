"use client";

import { useSyncExternalStore } from "react";
import { wizard as de } from "@/lib/messages/de/wizard";
import { wizard as en } from "@/lib/messages/en/wizard";
import { wizard as es } from "@/lib/messages/es/wizard";
import { isLocale, negotiateLocale, type Locale } from "@/lib/messages/locales";
import type { TryAgainWords } from "./try-again";

/**
 * The error pages run in the browser with no translator: they take the words of the page's language
 * (the `lang` the layout put on <html>, else the browser's languages) straight from the catalogue.
 */
const words: Record<Locale, TryAgainWords> = { en: en.tryAgain, de: de.tryAgain, es: es.tryAgain };

const subscribe = () => () => {};

function pageLocale(fromDocument: boolean): Locale {
  const lang = fromDocument ? document.documentElement.lang : "";
  return isLocale(lang) ? lang : negotiateLocale(navigator.languages?.join(","));
}

/** TryAgain's words and their language: English while rendered on the server, the page's language once in the browser. */
export function useTryAgainWords({ fromDocument }: { fromDocument: boolean }): { locale: Locale; words: TryAgainWords } {
  const locale = useSyncExternalStore(subscribe, () => pageLocale(fromDocument), () => "en" as Locale);
  return { locale, words: words[locale] };
}
