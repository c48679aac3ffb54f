import { eq, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/lib/db/client";
import { signInLocks } from "@/lib/db/schema";
import { now } from "@/lib/clock";

/**
 * Password sign-in lockout. An attempt is counted *before* the password is checked, inside a
 * row lock, so 50 parallel guesses still get exactly MAX_FAILURES checks. After MAX_FAILURES
 * wrong passwords the key is locked for the next wait in LOCK_WAITS_MS; after as many locks as
 * there are waits, only a password reset (which always works) opens it again.
 */
export const MAX_FAILURES = 5;
export const LOCK_WAITS_MS = [1, 5, 15, 60].map((m) => m * 60_000);

export type Gate = { kind: "go" } | { kind: "locked"; until: number } | { kind: "must_reset" };

export async function reserveAttempt(key: string): Promise<Gate> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.insert(signInLocks).values({ key }).onConflictDoNothing();
    const [row] = await tx.select().from(signInLocks).where(eq(signInLocks.key, key)).for("update");
    if (row.mustReset) return { kind: "must_reset" } as const;
    const at = now();
    if (row.lockedUntil && row.lockedUntil.getTime() > at) return { kind: "locked", until: row.lockedUntil.getTime() } as const;
    let failures = row.lockedUntil ? 0 : row.failures; // a lock that ran out starts a fresh count
    // Attempts still being checked count too: never more than MAX_FAILURES checks in flight or failed.
    if (failures >= MAX_FAILURES) return { kind: "locked", until: at + LOCK_WAITS_MS[Math.min(row.locks, LOCK_WAITS_MS.length - 1)] } as const;
    failures += 1;
    await tx.update(signInLocks).set({ failures, lockedUntil: null, updatedAt: new Date(at) }).where(eq(signInLocks.key, key));
    return { kind: "go" } as const;
  });
}

/** The password was right: the counts start over. */
export async function attemptSucceeded(key: string): Promise<void> {
  const db = await getDb();
  await db.update(signInLocks).set({ failures: 0, locks: 0, lockedUntil: null, updatedAt: new Date(now()) }).where(eq(signInLocks.key, key));
}

/** The password was wrong: lock once the failures reach the limit. */
export async function attemptFailed(key: string): Promise<Gate> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(signInLocks).where(eq(signInLocks.key, key)).for("update");
    if (!row || row.failures < MAX_FAILURES) return { kind: "go" } as const;
    const locks = row.locks + 1;
    const at = now();
    if (locks >= LOCK_WAITS_MS.length + 1) {
      await tx.update(signInLocks).set({ mustReset: 1, locks, failures: 0, updatedAt: new Date(at) }).where(eq(signInLocks.key, key));
      return { kind: "must_reset" } as const;
    }
    const until = at + LOCK_WAITS_MS[locks - 1];
    await tx.update(signInLocks).set({ locks, failures: 0, lockedUntil: new Date(until), updatedAt: new Date(at) }).where(eq(signInLocks.key, key));
    return { kind: "locked", until } as const;
  });
}

/** A password reset opens the account again, whatever its state. */
export async function clearLock(db: Queryable, key: string): Promise<void> {
  await db.execute(sql`delete from sign_in_locks where key = ${key}`);
}

export const lockKeyForUser = (userId: string) => `user:${userId}`;
export const lockKeyForUnknown = (identifier: string) => `unknown:${identifier.trim().toLowerCase()}`;
