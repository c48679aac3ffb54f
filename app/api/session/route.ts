import { NextResponse } from "next/server";
import { z } from "zod";
import { auth, signIn } from "@/lib/auth";
import { apiError } from "@/lib/http/flow-api";
import { plainText } from "@/lib/validation/plain-text";

const body = z.object({ loginToken: plainText().min(20).max(200) });

/**
 * Exchange the single-use login token a completed registration returns for a session
 * (the session cookie is set on this response).
 */
export async function POST(request: Request) {
  // Not a form: a cross-site page must not be able to sign a browser into someone else's account.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return apiError(415, "json_required", "Send JSON with Content-Type: application/json.");
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return apiError(403, "cross_site", "Cross-site requests are refused.");
  const parsed = body.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return apiError(400, "invalid_request", "Send JSON: { loginToken }.");
  try {
    await signIn("credentials", { loginToken: parsed.data.loginToken, redirect: false });
  } catch {
    return apiError(401, "invalid_token", "The login token is unknown, used or expired.");
  }
  return NextResponse.json({ signedIn: true });
}

/** Who is signed in: GET /api/session. */
export async function GET() {
  const session = await auth();
  if (!session?.user) return apiError(401, "signed_out", "Not signed in.");
  return NextResponse.json({ user: { id: session.user.id, name: session.user.name, email: session.user.email, role: session.user.role } });
}
