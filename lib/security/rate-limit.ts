import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { queryRows } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { config } from "@/lib/config";
import { rateLimitSubject } from "@/lib/http/client";

export type Limit = { name: string; max: number; windowMs: number };

/** Limits in force. Counted in the database so they hold across every app server. */
export const limits = {
  /**
   * Code sends, counted per purpose (registration, sign-in, recovery, contact change, confirm):
   * subjects are `<purpose>:<destination>` and `<purpose>:<client>`, so what strangers spend on
   * one purpose never blocks another (see docs/decisions/0012-code-budgets.md).
   */
  codeSendsPerTarget: { name: "code-target", max: 5, windowMs: 60 * 60_000 },
  codeSendsPerClient: { name: "code-client", max: 30, windowMs: 60 * 60_000 },
  /** "Someone tried to register with your address": at most one a day per address. */
  registrationNoticesPerTarget: { name: "registration-notice", max: 1, windowMs: 24 * 60 * 60_000 },
  captchaFailuresPerClient: { name: "captcha-fail-client", max: 20, windowMs: 10 * 60_000 },
  flowStartsPerClient: { name: "flow-start-client", max: 60, windowMs: 10 * 60_000 },
  registrationsPerClient: { name: "registration-client", max: 20, windowMs: 60 * 60_000 },
  signInAttemptsPerClient: { name: "signin-client", max: 60, windowMs: 15 * 60_000 },
  /**
   * Codes checked per destination per day, whatever the flow: 5 tries per code and 5 sends an hour
   * would otherwise allow 25 guesses an hour at one account, forever. Per purpose too
   * (`<purpose>:<destination>`), so strangers' guesses never use up the owner's sign-in check.
   */
  codeChecksPerTarget: { name: "code-check-target", max: 20, windowMs: 24 * 60 * 60_000 },
  /** Checks of the current password when changing it, per account. */
  passwordChecksPerUser: { name: "password-check-user", max: 10, windowMs: 60 * 60_000 },
  /** Installer authentication codes are 10 digits: attempts are limited so they cannot be guessed. */
  authCodeAttemptsPerClient: { name: "auth-code-client", max: 10, windowMs: 60 * 60_000 },
  /** Label photos a signed-in person may send to the case flow (each is decoded and re-encoded). */
  labelPhotoUploadsPerUser: { name: "label-photo-user", max: 20, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

export type LimitResult = { allowed: true } | { allowed: false; retryAt: number };

/*
 * Sliding windows: each key keeps the times of the hits that counted within the last window, so no
 * window-long interval ever holds more than `max` of them (fixed windows let a burst just before a
 * boundary and another just after through: twice the limit). Refused hits are not kept, so a client
 * that keeps trying is let in again a window after its oldest counted hit. A subject that is a client
 * address counts per network (rateLimitSubject: IPv6 per /64).
 */

function keyOf(limit: Limit, subject: string): string {
  return `${limit.name}:${rateLimitSubject(subject)}`;
}

function maxOf(limit: Limit): number {
  return limit.max * config.rateLimitScale;
}

/** When a subject with these counted hits (within the window) is under the limit again. */
function retryAt(limit: Limit, hits: number[]): number {
  const sorted = [...hits].sort((a, b) => a - b);
  return sorted[Math.max(0, sorted.length - maxOf(limit))] + limit.windowMs;
}

const times = (hits: unknown[] | null | undefined): number[] => (hits ?? []).map(Number);

/**
 * Count one hit against `limit` for `subject` and say whether it is within the limit.
 * A single upsert: PostgreSQL locks the key's row for it, so concurrent hits are decided one after
 * another and never both slip under the limit. Hits that left the window are dropped on the way
 * (the list is kept oldest first, so while its oldest is still in the window it is taken as it is).
 */
export async function hit(db: Queryable, limit: Limit, subject: string): Promise<LimitResult> {
  const [result] = await hitEach(db, [[limit, subject]]);
  return result;
}

/**
 * Count one hit against each of several limits (each on its own key) in one statement, as `hit`
 * would one after another: every hit counts whatever the others decide. Results in the given order.
 */
export async function hitEach(db: Queryable, hits: [Limit, string][]): Promise<LimitResult[]> {
  // One statement cannot change one row twice: each hit must be on a key of its own.
  if (new Set(hits.map(([limit, subject]) => keyOf(limit, subject))).size !== hits.length) throw new Error("hitEach: the same key twice");
  const at = now();
  const upserts = hits.map(([limit, subject], i) => {
    const since = at - limit.windowMs;
    const max = maxOf(limit);
    const expires = new Date(at + limit.windowMs).toISOString();
    return sql`${sql.raw(`h${i}`)} as (insert into rate_limits as r (key, hits, refused, expires_at)
        values (${keyOf(limit, subject)}, array[${at}::bigint], 0, ${expires}::timestamptz)
        on conflict (key) do update set (hits, refused, expires_at) = (
          select case when cardinality(k.kept) < ${max}::int then k.kept || ${at}::bigint else k.kept end,
                 case when cardinality(k.kept) < ${max}::int then 0 else r.refused + 1 end,
                 case when cardinality(k.kept) < ${max}::int then greatest(r.expires_at, ${expires}::timestamptz) else r.expires_at end
          from (select case when coalesce(r.hits[1] > ${since}::bigint, true) then r.hits
                            else array(select h from unnest(r.hits) h where h > ${since}::bigint) end as kept) k)
        returning ${i}::int as i, refused, case when refused > 0 then
          (select h from unnest(r.hits) h order by h offset greatest(0, cardinality(r.hits) - ${max}::int) limit 1) end as frees)`;
  });
  const rows = await queryRows<{ i: number; refused: number; frees: unknown }>(
    db,
    sql`with ${sql.join(upserts, sql`, `)} ${sql.join(
      hits.map((_, i) => sql.raw(`select * from h${i}`)),
      sql` union all `,
    )}`,
  );
  // `frees`: the counted hit whose leaving the window brings the subject under the limit.
  return hits.map(([limit], i) => {
    const row = rows.find((r) => Number(r.i) === i)!;
    return Number(row.refused) === 0 ? { allowed: true } : { allowed: false, retryAt: Number(row.frees) + limit.windowMs };
  });
}

/**
 * `hit`, counted once per `attempt` (say the contact an account is being registered for) within
 * the window: the same attempt sent again (a double click, a client retrying, a burst of identical
 * submissions) does not spend the allowance again, so it cannot lock its own sender out. A refused
 * hit is not remembered, so the attempt is counted when it is tried again later.
 */
export async function hitOnce(db: Queryable, limit: Limit, subject: string, attempt: string): Promise<LimitResult> {
  const at = now();
  // The attempt (an email address, a phone number) is kept only as a hash.
  const marker = `${limit.name}-once:${rateLimitSubject(subject)}:${createHash("sha256").update(attempt).digest("base64url")}`;
  const claimed = await queryRows<{ key: string }>(
    db,
    sql`insert into rate_limits as r (key, hits, refused, expires_at)
        values (${marker}, array[${at}::bigint], 0, ${new Date(at + limit.windowMs).toISOString()}::timestamptz)
        on conflict (key) do update set hits = excluded.hits, expires_at = excluded.expires_at
          where r.expires_at <= ${new Date(at).toISOString()}::timestamptz
        returning key`,
  );
  if (!claimed.length) return { allowed: true };
  const result = await hit(db, limit, subject);
  if (!result.allowed) await db.execute(sql`delete from rate_limits where key = ${marker}`);
  return result;
}

/** Whether `subject` is already at `limit` (the next hit would be refused), without counting a hit. */
export async function check(db: Queryable, limit: Limit, subject: string): Promise<LimitResult> {
  const since = now() - limit.windowMs;
  const [row] = await queryRows<{ hits: unknown[] }>(db, sql`select hits from rate_limits where key = ${keyOf(limit, subject)}`);
  const hits = times(row?.hits).filter((h) => h > since);
  return hits.length < maxOf(limit) ? { allowed: true } : { allowed: false, retryAt: retryAt(limit, hits) };
}

/** Delete counters whose newest hit has left its window. */
export async function deleteExpiredCounters(db: Queryable): Promise<void> {
  await db.execute(sql`delete from rate_limits where expires_at < ${new Date(now()).toISOString()}::timestamptz`);
}

/** Give back one hit, the newest (for limits that count attempts up front but only failures matter). */
export async function credit(db: Queryable, limit: Limit, subject: string): Promise<void> {
  await db.execute(
    sql`update rate_limits
        set hits = array(select h from (select h from unnest(hits) h order by h desc offset 1) newer order by h)
        where key = ${keyOf(limit, subject)}`,
  );
}
