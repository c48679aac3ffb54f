import { sql } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { queryRows } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { config } from "@/lib/config";

export type Limit = { name: string; max: number; windowMs: number };

/** Limits in force. Counted in the database so they hold across every app server. */
export const limits = {
  /**
   * Code sends, counted per purpose (registration, sign-in, recovery, contact change, confirm):
   * subjects are `<purpose>:<destination>` and `<purpose>:<client>`, so what strangers spend on
   * one purpose never blocks another (see docs/decisions/2026-11-29-code-budgets.md).
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

function windowOf(limit: Limit, at: number) {
  const start = Math.floor(at / limit.windowMs) * limit.windowMs;
  return { start, end: start + limit.windowMs };
}

/**
 * Count one hit against `limit` for `subject` and say whether it is within the limit.
 * A single upsert, so concurrent hits never both slip under the limit.
 */
export async function hit(db: Queryable, limit: Limit, subject: string): Promise<LimitResult> {
  const { start, end } = windowOf(limit, now());
  const key = `${limit.name}:${subject}`;
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`insert into rate_limits (key, window_start, count, expires_at)
        values (${key}, ${new Date(start).toISOString()}, 1, ${new Date(end).toISOString()})
        on conflict (key, window_start) do update set count = rate_limits.count + 1
        returning count`,
  );
  return Number(row.count) <= limit.max * config.rateLimitScale ? { allowed: true } : { allowed: false, retryAt: end };
}

/** Whether `subject` is already over `limit`, without counting a hit. */
export async function check(db: Queryable, limit: Limit, subject: string): Promise<LimitResult> {
  const { start, end } = windowOf(limit, now());
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select count from rate_limits where key = ${`${limit.name}:${subject}`} and window_start = ${new Date(start).toISOString()}`,
  );
  return !row || Number(row.count) < limit.max * config.rateLimitScale ? { allowed: true } : { allowed: false, retryAt: end };
}

export async function deleteExpiredCounters(db: Queryable): Promise<void> {
  await db.execute(sql`delete from rate_limits where expires_at < ${new Date(now()).toISOString()}`);
}

/** Give back one hit (for limits that count attempts up front but only failures matter). */
export async function credit(db: Queryable, limit: Limit, subject: string): Promise<void> {
  const { start } = windowOf(limit, now());
  await db.execute(
    sql`update rate_limits set count = greatest(count - 1, 0) where key = ${`${limit.name}:${subject}`} and window_start = ${new Date(start).toISOString()}`,
  );
}
