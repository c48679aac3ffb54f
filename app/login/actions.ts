"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { resendAccountConfirmation } from "@/lib/accounts/confirmation";
import { requestClient } from "@/lib/http/form";
import { safeNext } from "@/lib/http/safe-next";

const form = z.object({
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});


export async function signInAction(formData: FormData): Promise<void> {
  const parsed = form.safeParse({ identifier: formData.get("identifier"), password: formData.get("password") });
  const identifier = String(formData.get("identifier") ?? "").slice(0, 254);
  const back = (error: string) =>
    redirect(`/login?${new URLSearchParams({ error, identifier, next: safeNext(formData.get("next")) })}`);
  if (!parsed.success) back("missing");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNext(formData.get("next")) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      const known = ["unconfirmed", "must_reset"];
      back(code === "rate_limited" ? "limited" : code && (known.includes(code) || /^locked_\d+$/.test(code)) ? code : "invalid");
    }
    throw error; // the redirect on success
  }
}

const resendForm = z.object({ identifier: z.email().max(254) });

/** Send the Verify Now email again. The answer is the same whether or not the account exists. */
export async function resendConfirmationAction(formData: FormData): Promise<void> {
  const parsed = resendForm.safeParse({ identifier: formData.get("identifier") });
  if (!parsed.success) redirect("/login?error=unconfirmed_email");
  const result = await resendAccountConfirmation(parsed.data.identifier, (await requestClient()).address);
  redirect(`/login?${new URLSearchParams({ confirm: result === "limited" ? "resend_limited" : "resent", identifier: parsed.data.identifier })}`);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}
