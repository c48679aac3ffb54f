"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmNewsletter, newsletterToken, unsubscribe } from "@/lib/newsletter";

const form = z.object({ token: newsletterToken });

/** The Confirm subscription button. The result page carries no token, so reloading it changes nothing. */
export async function confirmNewsletterAction(formData: FormData): Promise<void> {
  const parsed = form.safeParse({ token: formData.get("token") });
  const result = parsed.success ? await confirmNewsletter(parsed.data.token) : { status: "invalid" as const };
  redirect(`/newsletter/confirm?result=${result.status}`);
}

/** The Unsubscribe button on the page the email links to. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const parsed = form.safeParse({ token: formData.get("token") });
  const result = parsed.success ? await unsubscribe(parsed.data.token) : { status: "invalid" as const };
  redirect(`/newsletter/unsubscribe?result=${result.status}`);
}
