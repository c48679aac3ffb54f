import type { Translator } from "@/lib/messages";
import { utcMinute } from "@/lib/format";

/**
 * A moment as an email states it: to the minute, in UTC (the reader's time zone is not known), in
 * the way the message's language writes dates. English keeps `2026-03-05 10:00 UTC`.
 */
export function emailMoment(i18n: Pick<Translator, "locale">, value: Date | string | number): string {
  const d = new Date(value);
  if (i18n.locale === "en") return utcMinute(d);
  return `${new Intl.DateTimeFormat(i18n.locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(d)} UTC`;
}
