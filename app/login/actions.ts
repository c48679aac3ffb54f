"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { resendAccountConfirmation } from "@/lib/accounts/confirmation";
import { beginSignIn } from "@/lib/auth/sign-in";
import { ensureDeviceToken } from "@/lib/http/device-cookie";
import { setFlowToken } from "@/lib/http/flow-cookie";
import { submitWizard, type WizardPages } from "@/lib/http/flow-pages";
import { requestClient } from "@/lib/http/form";
import { safeNext } from "@/lib/http/safe-next";
import { hasControlCharacters } from "@/lib/validation/plain-text";
import { looksNational } from "@/lib/phone";

const form = z.object({
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});


export async function signInAction(formData: FormData): Promise<void> {
  const parsed = form.safeParse({ identifier: formData.get("identifier"), password: formData.get("password") });
  const typed = String(formData.get("identifier") ?? "").slice(0, 254);
  const identifier = hasControlCharacters(typed) ? "" : typed;
  const next = safeNext(formData.get("next"));
  const back = (error: string) => redirect(`/login?${new URLSearchParams({ error, identifier, next })}`);
  // Never looked up nor counted: such a name cannot exist, and the lock table must not store it.
  // (The password is only compared with a hash, so an older one with such characters still works.)
  if (identifier !== typed) back("control_characters");
  if (!parsed.success) back("missing");
  const started = await beginSignIn(parsed.data!.identifier, parsed.data!.password, await requestClient(), await ensureDeviceToken());
  // A number typed without its country code that matched nothing: say how to type it (the text alone decides).
  if (started.kind === "error") back(started.error === "invalid" && looksNational(identifier) ? "invalid_national" : started.error);
  if (started.kind === "signed_in") await signIn("credentials", { loginToken: started.loginToken, redirectTo: next });
  if (started.kind === "check") {
    await setFlowToken(started.flowId, started.flowToken, CHECK_COOKIE_SECONDS);
    await setSignInNext(next);
    redirect(`${CHECK_PATH}/${started.flowId}`);
  }
}

const CHECK_PATH = "/login/check";
const CHECK_COOKIE_SECONDS = 20 * 60;
const NEXT_COOKIE = "gh_signin_next";

async function setSignInNext(next: string) {
  (await cookies()).set(NEXT_COOKIE, next, { httpOnly: true, sameSite: "lax", path: CHECK_PATH, maxAge: CHECK_COOKIE_SECONDS });
}

/** The code step of a sign-in from an untrusted browser; the right code signs in and goes where the person was heading. */
const signInCheck: WizardPages = {
  flow: "sign-in-check",
  basePath: "/login",
  stepsPath: CHECK_PATH,
  async completedPath() {
    const jar = await cookies();
    const next = safeNext(jar.get(NEXT_COOKIE)?.value);
    jar.delete({ name: NEXT_COOKIE, path: CHECK_PATH });
    return next;
  },
};

export async function submitSignInCheck(formData: FormData): Promise<void> {
  await submitWizard(signInCheck, formData);
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
