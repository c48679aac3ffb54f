"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { acceptTerms, currentTerms } from "@/lib/accounts/terms";
import { safeNext } from "@/lib/http/safe-next";

const form = z.object({ agree: z.literal("on"), version: z.string().min(1).max(40), next: z.string().max(200) });


export async function acceptTermsAction(formData: FormData): Promise<void> {
  const session = await auth();
  if (!session?.user) redirect("/login");
  const parsed = form.safeParse({ agree: formData.get("agree"), version: formData.get("version"), next: formData.get("next") ?? "" });
  const next = safeNext(formData.get("next"));
  if (!parsed.success) redirect(`/terms/accept?error=required&next=${encodeURIComponent(next)}`);
  // Accept only the version that is current now (the page may have been open while a newer one came out).
  const current = await currentTerms();
  if (parsed.data.version !== current.version) redirect(`/terms/accept?error=changed&next=${encodeURIComponent(next)}`);
  await acceptTerms(session.user.id, current.version);
  redirect(next);
}
