import { NextResponse } from "next/server";
import { apiPasskeyOptions, passkeyOptionsRequest } from "@/lib/auth/sign-in-api";
import { apiError } from "@/lib/http/flow-api";
import { clientAddressFrom } from "@/lib/http/client";
import { passkeyMessage } from "@/lib/accounts/passkeys";
import { getTranslator } from "@/lib/i18n/request";
import { answeringUnavailable } from "@/lib/http/unavailable";
import { zodErrorsIn } from "@/lib/i18n/zod-errors";
import { invalidRequest, readJson } from "../guard";

/**
 * Passkey sign-in for native apps, step 1: POST {} (or no body), JSON.
 * - 200 { challengeId, options }: hand `options` (WebAuthn PublicKeyCredentialRequestOptionsJSON:
 *   challenge, rpId, userVerification "required", timeout) to the platform's passkey API, then
 *   send its answer with `challengeId` to POST /api/sign-in/passkey within five minutes, once;
 * - 429 { error: rate_limited }: too many options asked for from this network (as the sign-in page).
 */
export const POST = answeringUnavailable(async function post(request: Request) {
  const read = await readJson(request, true);
  if ("refused" in read) return read.refused;
  const i18n = await getTranslator();
  const parsed = passkeyOptionsRequest.safeParse(read.body, { error: zodErrorsIn(i18n.locale) });
  if (!parsed.success) return invalidRequest(i18n.t("api.passkey_options_request"), parsed.error.issues);
  const started = await apiPasskeyOptions({ address: clientAddressFrom(request.headers), userAgent: request.headers.get("user-agent") ?? undefined });
  if (!started) return apiError(429, "rate_limited", passkeyMessage(i18n, "limited"));
  return NextResponse.json(started);
});
