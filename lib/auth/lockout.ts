import { eq, sql } from "drizzle-orm";
import { getDb, type Queryable, type Tx } from "@/lib/db/client";
import { signInLocks } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { fail, reserve, type Gate, type LockRow } from "./lock-policy";

export { LOCK_WAITS_MS, MAX_FAILURES, type Gate } from "./lock-policy";

/**
 * The sign-in lock in the database: the rules of lock-policy.ts applied to a `sign_in_locks` row
 * under a row lock, so concurrent attempts see each other's counts.
 */

type Row = typeof signInLocks.$inferSelect;

const toPolicy = (r: Row): LockRow => ({ failures: r.failures, locks: r.locks, lockedUntil: r.lockedUntil?.getTime() ?? null, mustReset: r.mustReset === 1 });

const toColumns = (r: LockRow, at: number) => ({
  failures: r.failures,
  locks: r.locks,
  lockedUntil: r.lockedUntil === null ? null : new Date(r.lockedUntil),
  mustReset: r.mustReset ? 1 : 0,
  updatedAt: new Date(at),
});

/** Apply one rule to the key's row inside a row lock; the row is created on first use. */
async function change(tx: Tx, key: string, rule: (row: LockRow, at: number) => { gate: Gate; row: LockRow }): Promise<Gate> {
  await tx.insert(signInLocks).values({ key }).onConflictDoNothing();
  const [current] = await tx.select().from(signInLocks).where(eq(signInLocks.key, key)).for("update");
  const at = now();
  const before = toPolicy(current);
  const { gate, row } = rule(before, at);
  if (row !== before) await tx.update(signInLocks).set(toColumns(row, at)).where(eq(signInLocks.key, key));
  return gate;
}

/** Count an attempt before its password or code is checked; refused while locked. */
export async function reserveAttempt(key: string): Promise<Gate> {
  return (await getDb()).transaction((tx) => change(tx, key, reserve));
}

/** The check failed: lock once the failures reach the limit. Inside a flow's transaction, pass it (PGlite has one connection). */
export async function attemptFailed(key: string, db?: Tx): Promise<Gate> {
  return db ? change(db, key, fail) : (await getDb()).transaction((tx) => change(tx, key, fail));
}

// Success sets fixed values, so it needs no row lock: one UPDATE on the hot path of every sign-in.

/** The password was right but a code is still to come: lock-policy's passwordRight. */
export async function passwordAccepted(key: string): Promise<void> {
  await (await getDb()).update(signInLocks).set({ failures: 0, lockedUntil: null, updatedAt: new Date(now()) }).where(eq(signInLocks.key, key));
}

/** The sign-in is complete (password, and the code where one was needed): lock-policy's signedIn. */
export async function attemptSucceeded(key: string, db?: Queryable): Promise<void> {
  await (db ?? (await getDb())).update(signInLocks).set({ failures: 0, locks: 0, lockedUntil: null, updatedAt: new Date(now()) }).where(eq(signInLocks.key, key));
}

/** A password reset opens the account again, whatever its state. */
export async function clearLock(db: Queryable, key: string): Promise<void> {
  await db.execute(sql`delete from sign_in_locks where key = ${key}`);
}

export const lockKeyForUser = (userId: string) => `user:${userId}`;
export const lockKeyForUnknown = (identifier: string) => `unknown:${identifier.trim().toLowerCase()}`;
