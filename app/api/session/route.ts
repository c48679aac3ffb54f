import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { z } from "zod";
import { auth, signIn } from "@/lib/auth";
import { apiError } from "@/lib/http/flow-api";
import { plainText } from "@/lib/validation/plain-text";
import { getTranslator } from "@/lib/i18n/request";
import { answeringUnavailable, rethrowIfUnavailable, assertDatabaseReachable } from "@/lib/http/unavailable";

const body = z.object({ loginToken: plainText().min(20).max(200) });

/**
 * Exchange the single-use login token a completed registration returns for a session
 * (the session cookie is set on this response).
 */
export const POST = answeringUnavailable(async function post(request: Request) {
  const { t } = await getTranslator();
  // Not a form: a cross-site page must not be able to sign a browser into someone else's account.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return apiError(415, "json_required", t("api.json_required"));
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return apiError(403, "cross_site", t("api.cross_site"));
  const parsed = body.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return apiError(400, "invalid_request", t("api.invalid_session_request"));
  try {
    await signIn("credentials", { loginToken: parsed.data.loginToken, redirect: false });
  } catch (error) {
    rethrowIfUnavailable(error);
    return apiError(401, "invalid_token", t("api.invalid_token"));
  }
  return NextResponse.json({ signedIn: true });
});

/** Who is signed in: GET /api/session. */
export const GET = answeringUnavailable(async function get() {
  const { t } = await getTranslator();
  const session = await auth();
  if (!session?.user) {
    // Auth.js answers "no session" when the session could not be looked up, too: with a session
    // cookie, ask the database once, so that an outage answers 503 rather than "signed out".
    if (await sentSessionCookie()) await assertDatabaseReachable();
    return apiError(401, "signed_out", t("api.signed_out"));
  }
  return NextResponse.json({ user: { id: session.user.id, name: session.user.name, email: session.user.email, role: session.user.role } });
});

async function sentSessionCookie(): Promise<boolean> {
  try {
    return (await cookies()).getAll().some((c) => c.name.includes("authjs.session-token"));
  } catch {
    return false; // outside a request (a script or test calling the handler): no cookie was sent
  }
}
