import { NextResponse } from "next/server";
import { signIn } from "@/lib/auth";
import { apiPasskeySignIn, passkeySignInRequest } from "@/lib/auth/sign-in-api";
import { apiError } from "@/lib/http/flow-api";
import { clientAddressFrom } from "@/lib/http/client";
import { getTranslator } from "@/lib/i18n/request";
import { answeringUnavailable, rethrowIfUnavailable } from "@/lib/http/unavailable";
import { zodErrorsIn } from "@/lib/i18n/zod-errors";
import { invalidRequest, readJson } from "./guard";

/**
 * Passkey sign-in for native apps, step 2: POST { challengeId, response } with the challenge's id
 * from POST /api/sign-in/passkey/options and the platform's answer (WebAuthn's JSON form: id, rawId,
 * type, response.{clientDataJSON, authenticatorData, signature, userHandle}, all base64url).
 * - 200 { status: "signed_in" }: a passkey is two factors, so the session cookie is set at once;
 * - 401 { error }: challenge_expired (unknown, used or older than five minutes: ask for new options),
 *   not_verified, unknown_passkey (never registered or removed), other_account, replayed (the
 *   signature counter did not grow);
 * - 403 not_allowed (the account cannot sign in) or cross_site; 429 rate_limited (this network).
 */
export const POST = answeringUnavailable(async function post(request: Request) {
  const { t, locale } = await getTranslator();
  const read = await readJson(request);
  if ("refused" in read) return read.refused;
  const parsed = passkeySignInRequest.safeParse(read.body, { error: zodErrorsIn(locale) });
  if (!parsed.success) return invalidRequest(t("api.passkey_request"), parsed.error.issues);
  const result = await apiPasskeySignIn(parsed.data, { address: clientAddressFrom(request.headers), userAgent: request.headers.get("user-agent") ?? undefined });
  if (result.kind === "refused") return apiError(result.status, result.code, result.message);
  try {
    await signIn("credentials", { loginToken: result.loginToken, redirect: false });
  } catch (error) {
    rethrowIfUnavailable(error);
    return apiError(401, "invalid_token", t("api.sign_in_incomplete"));
  }
  return NextResponse.json({ status: "signed_in" });
});
