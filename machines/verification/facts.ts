import type { Queryable } from "@/lib/db/client";
import { hit, limits } from "@/lib/security/rate-limit";

/** Count a code send against the per-destination and per-client limits. */
export async function codeSendFacts(db: Queryable, target: string, client: string) {
  const perTarget = await hit(db, limits.codeSendsPerTarget, target.toLowerCase());
  const perClient = await hit(db, limits.codeSendsPerClient, client);
  const blocked = [perTarget, perClient].filter((r) => !r.allowed).map((r) => (r.allowed ? 0 : r.retryAt));
  return blocked.length ? { sendLimitedUntil: Math.max(...blocked) } : {};
}
