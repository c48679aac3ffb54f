import { utcMinute } from "@/lib/format";
import type { Translator } from "@/lib/messages";
import type { Locale } from "@/lib/messages/locales";

const stamps = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A moment on the desk, the admin pages and the studio, in UTC (the server does not know the reader's
 * time zone, so it says which it uses): English keeps "2026-11-23 07:19 UTC"; German and Spanish write
 * the date their way ("23.11.2026, 07:19 UTC").
 */
export function when(i18n: Translator, d: Date | number): string {
  if (i18n.locale === "en") return utcMinute(d);
  let format = stamps.get(i18n.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(i18n.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    stamps.set(i18n.locale, format);
  }
  return `${format.format(new Date(d))} UTC`;
}

/** A wait in the units a desk reads at a glance: "42 min", "3 h 5 min", "4 d 2 h". */
export function duration(i18n: Translator, m: number): string {
  if (m < 60) return i18n.t("desk.duration.minutes", { m });
  if (m < 48 * 60) return i18n.t("desk.duration.hoursMinutes", { h: Math.floor(m / 60), m: m % 60 });
  return i18n.t("desk.duration.daysHours", { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
}

/** A case's status in the request's language: the same words the customer reads (account.caseStatus). */
export function statusLabel(i18n: Translator, status: string): string {
  const key = `account.caseStatus.${status}`;
  return i18n.has(key) ? i18n.t(key) : status;
}

/** An audit trail event's name: its words, or its code with spaces for one the catalogue does not name. */
export function eventLabel(i18n: Translator, type: string): string {
  const key = `desk.events.${type}`;
  return i18n.has(key) ? i18n.t(key) : type.replace(/_/g, " ");
}
