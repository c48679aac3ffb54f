"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { rememberLocale, saveAccountLocale } from "@/lib/i18n/choice";
import { safeNext } from "@/lib/http/safe-next";
import { LOCALES } from "@/lib/messages/locales";

const form = z.object({ locale: z.enum(LOCALES) });

/**
 * The language picker (header and My Account): remember the choice in this browser and, signed in,
 * on the account; then back to the page it was made on. An unknown language changes nothing.
 */
export async function setLanguageAction(formData: FormData): Promise<void> {
  const back = safeNext(formData.get("back") ?? pathOf((await headers()).get("referer")), "/");
  const parsed = form.safeParse({ locale: formData.get("locale") });
  if (parsed.success) {
    await rememberLocale(parsed.data.locale);
    const session = await auth();
    if (session?.user?.id) await saveAccountLocale(session.user.id, parsed.data.locale);
  }
  redirect(back);
}

/** The path of a same-site Referer (the page the picker was used on); safeNext refuses the rest. */
function pathOf(referer: string | null): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}
