"use server";

import { z } from "zod";
import { signIn } from "@/lib/auth";
import { authenticationOptions, passkeyMessage, verifyPasskeySignIn } from "@/lib/accounts/passkeys";
import { getTranslator } from "@/lib/i18n/request";
import { requestClient } from "@/lib/http/form";
import { safeNext } from "@/lib/http/safe-next";
import { passkeyAnswer } from "@/lib/validation/passkey-answer";

/** Options for a passkey sign-in (the button, and the browser's autofill where it offers passkeys). */
export async function passkeySignInOptionsAction() {
  return authenticationOptions((await requestClient()).address);
}

const input = passkeyAnswer.extend({ next: z.string().max(2000).optional() });

/**
 * Sign in with a passkey. A verified passkey counts as two factors, so no code follows: the login
 * token is issued at once and exchanged like every other sign-in's (which also cancels a pending
 * account deletion). On success this redirects; otherwise it returns the message to show.
 */
export async function passkeySignInAction(raw: unknown): Promise<{ message: string }> {
  const i18n = await getTranslator();
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { message: passkeyMessage(i18n, "not_verified") };
  const client = await requestClient();
  const result = await verifyPasskeySignIn(
    { challengeId: parsed.data.challengeId, response: parsed.data.response },
    client.address,
  );
  if (!result.ok) return { message: passkeyMessage(i18n, result.error) };
  await signIn("credentials", { loginToken: result.loginToken, redirectTo: safeNext(parsed.data.next ?? null) });
  return { message: passkeyMessage(i18n, "not_verified") };
}
