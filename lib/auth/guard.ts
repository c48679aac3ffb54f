import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { mustAcceptTerms } from "@/lib/accounts/terms";

/**
 * The check every signed-in page starts with: signed in, with one of `roles` (any when empty),
 * and the current terms accepted (otherwise the terms page comes first, then back here).
 */
export async function requireUser(path: string, roles: string[] = []) {
  const session = await auth();
  if (!session?.user) redirect(`/login?next=${encodeURIComponent(path)}`);
  if (roles.length && !roles.includes(session.user.role)) redirect("/account?forbidden=1");
  if (await mustAcceptTerms(session.user.id)) redirect(`/terms/accept?next=${encodeURIComponent(path)}`);
  return session.user;
}
