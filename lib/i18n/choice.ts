import "server-only";
import { cookies } from "next/headers";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/messages/locales";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Keep a language for this browser (the picker, and the account's language at sign-in). */
export async function rememberLocale(locale: string | null | undefined): Promise<void> {
  if (!isLocale(locale)) return;
  try {
    (await cookies()).set(LOCALE_COOKIE, locale, { httpOnly: true, sameSite: "lax", path: "/", maxAge: YEAR_SECONDS });
  } catch {
    // Cookies cannot be set here (a page render, or no request): the next choice sets it.
  }
}

/** Remember a signed-in person's language on the account, for their other browsers, emails and SMS. */
export async function saveAccountLocale(userId: string, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/** The language an account chose, if any (emails and SMS go out in it). */
export async function accountLocale(userId: string): Promise<Locale | undefined> {
  const db = await getDb();
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return isLocale(row?.locale) ? row.locale : undefined;
}
