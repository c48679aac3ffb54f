import { confirmAccount } from "@/lib/accounts/confirmation";

/** Verify Now: confirm the account and land on the sign-in page with what happened. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = await confirmAccount(token);
  // A relative Location keeps the host the person used (request.url may name the server's own).
  return new Response(null, { status: 303, headers: { Location: `/login?confirm=${result}`, "Cache-Control": "no-store" } });
}
