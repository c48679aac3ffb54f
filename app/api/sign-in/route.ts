import { NextResponse } from "next/server";
import { signIn } from "@/lib/auth";
import { apiSignIn, signInRequest } from "@/lib/auth/sign-in-api";
import { apiError } from "@/lib/http/flow-api";
import { clientAddressFrom } from "@/lib/http/client";
import { CONTROL_CHARACTERS } from "@/lib/validation/plain-text";
import { getTranslator } from "@/lib/i18n/request";
import { answeringUnavailable, rethrowIfUnavailable } from "@/lib/http/unavailable";
import { zodErrorsIn } from "@/lib/i18n/zod-errors";

/**
 * Password sign-in for native apps: POST { identifier, password, deviceToken? }.
 * - 200 { status: "signed_in", deviceToken }: the session cookie is set on this answer (a device
 *   the account trusts, on a network it has used);
 * - 200 { status: "check", flow, token, deviceToken }: a sign-in check, continued like any flow at
 *   /api/flows/sign-in-check/{flow.id} with Authorization: Bearer {token}; its last answer carries a
 *   loginToken for POST /api/session;
 * - 401 / 403 / 429 { error }: the sign-in page's refusals, the same for unknown accounts.
 * Passkeys sign in through POST /api/sign-in/passkey/options and POST /api/sign-in/passkey instead.
 */
export const POST = answeringUnavailable(async function post(request: Request) {
  const { t, locale } = await getTranslator();
  // JSON only: a cross-site form cannot send it without the browser asking first.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return apiError(415, "json_required", t("api.json_required"));
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return apiError(403, "cross_site", t("api.cross_site"));
  const parsed = signInRequest.safeParse(await request.json().catch(() => undefined), { error: zodErrorsIn(locale) });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const errors = parsed.error.issues
      .filter((i) => i.path[0] === "identifier" && i.message === CONTROL_CHARACTERS.message)
      .map(() => ({ field: "identifier", code: CONTROL_CHARACTERS.code, message: t("fields.controlCharacters") }));
    return apiError(400, "invalid_request", t("api.sign_in_request"), { issues }, errors);
  }
  const result = await apiSignIn(parsed.data, {
    address: clientAddressFrom(request.headers),
    userAgent: request.headers.get("user-agent") ?? undefined,
  });
  switch (result.kind) {
    case "refused":
      return NextResponse.json(
        { error: { code: result.code, message: result.message, ...(result.retryAt ? { retryAt: result.retryAt } : {}) }, deviceToken: result.deviceToken },
        { status: result.status },
      );
    case "check":
      return NextResponse.json({ status: "check", flow: result.flow, token: result.token, deviceToken: result.deviceToken });
    case "signed_in":
      try {
        await signIn("credentials", { loginToken: result.loginToken, redirect: false });
      } catch (error) {
        rethrowIfUnavailable(error);
        return NextResponse.json({ error: { code: "invalid_token", message: t("api.sign_in_incomplete") }, deviceToken: result.deviceToken }, { status: 401 });
      }
      return NextResponse.json({ status: "signed_in", deviceToken: result.deviceToken });
  }
});
