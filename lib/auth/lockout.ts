import "server-only";
import { eq, inArray, like, or, sql } from "drizzle-orm";
import { getDb, type Queryable, type Tx } from "@/lib/db/client";
import { signInLocks } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { hashSecret } from "@/lib/security/secrets";
import { MAX_FAILURES, fail, reserve, type Gate, type LockKind, type LockRow } from "./lock-policy";
import { normalizeSignInIdentifier, type SignInIdentifier } from "./identifier";

export { LOCK_WAITS_MS, MAX_FAILURES, type Gate, type LockKind } from "./lock-policy";

/**
 * The sign-in lock in the database: the rules of lock-policy.ts applied to a `sign_in_locks` row
 * under a row lock, so concurrent attempts see each other's counts.
 *
 * Which row an attempt counts against (docs/decisions/0013-lockout.md):
 * - from a browser the account does not trust (every stranger's): the typed identifier in its
 *   canonical form, whether or not an account has it, so locking tells nothing about accounts;
 * - from a browser the account trusts: that browser's own row, so strangers' failures never lock
 *   the owner's trusted browsers out.
 */
export type SignInLock = { key: string; kind: LockKind };

/** The lock of an identifier as typed from untrusted browsers. Keyed by an HMAC, so the table holds no addresses or numbers. */
export const identifierLock = (identifier: SignInIdentifier): SignInLock => ({
  key: `id:${hashSecret("sign-in-lock", `${identifier.kind}:${identifier.value}`)}`,
  kind: "untrusted",
});

/** The lock of one browser the account trusts (its device token's hash, as stored in trusted_devices). */
export const trustedBrowserLock = (userId: string, deviceTokenHash: string): SignInLock => ({
  key: `${accountPrefix(userId)}device:${deviceTokenHash}`,
  kind: "trusted",
});

const accountPrefix = (userId: string) => `user:${userId}:`;

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

/**
 * Count an attempt before its password or code is checked; refused while locked.
 * The usual case (not locked, under the limit) is one upsert: PostgreSQL locks the key's row for it
 * and re-checks the condition on the newest row, so concurrent attempts are still counted one after
 * another. It is lock-policy's `reserve` for that case (an ended lock starts a fresh count); the
 * other cases (locked, must reset, this attempt locks) take the row lock and the policy in full.
 */
export async function reserveAttempt(lock: SignInLock): Promise<Gate> {
  const db = await getDb();
  const at = new Date(now());
  const counted = await db
    .insert(signInLocks)
    .values({ key: lock.key, failures: 1, updatedAt: at })
    .onConflictDoUpdate({
      target: signInLocks.key,
      set: { failures: sql`case when ${signInLocks.lockedUntil} is null then ${signInLocks.failures} + 1 else 1 end`, lockedUntil: null, updatedAt: at },
      setWhere: sql`${signInLocks.mustReset} = 0 and (${signInLocks.lockedUntil} is null or ${signInLocks.lockedUntil} <= ${at.toISOString()}::timestamptz)
        and (case when ${signInLocks.lockedUntil} is null then ${signInLocks.failures} else 0 end) < ${MAX_FAILURES}`,
    })
    .returning({ key: signInLocks.key });
  if (counted.length) return { kind: "go" };
  return db.transaction((tx) => change(tx, lock.key, (row, at) => reserve(row, at, lock.kind)));
}

/** The check failed: lock once the failures reach the limit. Inside a flow's transaction, pass it (PGlite has one connection). */
export async function attemptFailed(lock: SignInLock, db?: Tx): Promise<Gate> {
  const rule = (row: LockRow, at: number) => fail(row, at, lock.kind);
  return db ? change(db, lock.key, rule) : (await getDb()).transaction((tx) => change(tx, lock.key, rule));
}

// Success sets fixed values, so it needs no row lock: one UPDATE on the hot path of every sign-in.

/** The password was right but a code is still to come: lock-policy's passwordRight. */
export async function passwordAccepted(lock: SignInLock): Promise<void> {
  await (await getDb()).update(signInLocks).set({ failures: 0, lockedUntil: null, updatedAt: new Date(now()) }).where(eq(signInLocks.key, lock.key));
}

/** The sign-in is complete (password, and the code where one was needed): lock-policy's signedIn. */
export async function attemptSucceeded(lock: SignInLock, db?: Queryable): Promise<void> {
  await (db ?? (await getDb())).update(signInLocks).set({ failures: 0, locks: 0, lockedUntil: null, updatedAt: new Date(now()) }).where(eq(signInLocks.key, lock.key));
}

/**
 * A password reset opens the account again, whatever its state: its trusted browsers' locks (and
 * the account-wide `user:<id>` row of earlier versions) and the locks of its user name, email and
 * phone as typed from untrusted browsers (only the owner gets this far, so it reveals nothing).
 */
export async function clearAccountLocks(db: Queryable, account: { id: string; username: string; email: string | null; phone: string | null }): Promise<void> {
  const identifiers = [account.username, account.email, account.phone].filter((x): x is string => !!x);
  const keys = identifiers.map((i) => identifierLock(normalizeSignInIdentifier(i)).key);
  await db.delete(signInLocks).where(or(inArray(signInLocks.key, [`user:${account.id}`, ...keys]), like(signInLocks.key, `${accountPrefix(account.id)}%`)));
}
