"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { setNewsletter } from "@/lib/newsletter";
import { getTranslator } from "@/lib/i18n/request";

// An unticked checkbox sends nothing; a ticked one sends "on".
const form = z.object({ newsletter: z.literal("on").optional() });

/** Save on Me > About: on starts the double opt-in, off unsubscribes at once. */
export async function saveNewsletterAction(formData: FormData): Promise<void> {
  const user = await requireUser("/account/about");
  const parsed = form.safeParse({ newsletter: formData.get("newsletter") ?? undefined });
  if (!parsed.success) redirect("/account/about?newsletter=invalid");
  // The consent keeps the wording in the language the page showed it in.
  const { locale } = await getTranslator();
  const result = await setNewsletter(user.id, parsed.data.newsletter === "on", locale);
  redirect(`/account/about?newsletter=${result}`);
}
