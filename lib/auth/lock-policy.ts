/**
 * The sign-in lock as pure rules over one row (failures, locks, lockedUntil, mustReset), so every
 * wait step can be tested with a clock in hand. lockout.ts applies them inside a row lock.
 *
 * An attempt is reserved *before* the password or code is checked: checks in flight count as
 * failures, so 50 parallel guesses still get at most MAX_FAILURES checks. After MAX_FAILURES
 * failures the key is locked for the next wait in LOCK_WAITS_MS. What happens once every wait is
 * used up depends on whose lock it is (see docs/decisions/0013-lockout.md):
 * - `untrusted`: the lock of an identifier as typed from browsers the account does not trust
 *   (anyone's, strangers' included). It keeps locking for the longest wait, never further, so
 *   nobody can force an account into a reset by typing its name.
 * - `trusted`: the lock of one browser the account trusts. Only someone holding that browser can
 *   fail there; after the last wait only a password reset (which always works) opens it again.
 */
export const MAX_FAILURES = 5;
export const LOCK_WAITS_MS = [1, 5, 15, 60].map((m) => m * 60_000);

export type LockKind = "untrusted" | "trusted";
export type LockRow = { failures: number; locks: number; lockedUntil: number | null; mustReset: boolean };
export type Gate = { kind: "go" } | { kind: "locked"; until: number } | { kind: "must_reset" };

export const openRow = (): LockRow => ({ failures: 0, locks: 0, lockedUntil: null, mustReset: false });

/** Start the next wait; after every wait is used up, the longest again (untrusted) or only a reset (trusted). */
function lockNow(row: LockRow, at: number, kind: LockKind): { gate: Gate; row: LockRow } {
  const locks = row.locks + 1;
  if (locks > LOCK_WAITS_MS.length && kind === "trusted") return { gate: { kind: "must_reset" }, row: { ...row, locks, failures: 0, mustReset: true } };
  const step = Math.min(locks, LOCK_WAITS_MS.length);
  const until = at + LOCK_WAITS_MS[step - 1];
  return { gate: { kind: "locked", until }, row: { ...row, locks: step, failures: 0, lockedUntil: until } };
}

const lockedNow = (row: LockRow, at: number): Gate | null =>
  row.mustReset ? { kind: "must_reset" } : row.lockedUntil !== null && row.lockedUntil > at ? { kind: "locked", until: row.lockedUntil } : null;

/** Before a check: whether it may happen, and the row with the attempt counted. */
export function reserve(row: LockRow, at: number, kind: LockKind): { gate: Gate; row: LockRow } {
  const gate = lockedNow(row, at);
  if (gate) return { gate, row };
  const failures = row.lockedUntil !== null ? 0 : row.failures; // a lock that ran out starts a fresh count
  // The limit is reached by failures and checks still in flight: lock now, so the wait is recorded
  // even if those checks never report back (a request that died, a stale form).
  if (failures >= MAX_FAILURES) return lockNow(row, at, kind);
  return { gate: { kind: "go" }, row: { ...row, failures: failures + 1, lockedUntil: null } };
}

/** After a failed check: lock once the failures reach the limit (or report the lock already started). */
export function fail(row: LockRow, at: number, kind: LockKind): { gate: Gate; row: LockRow } {
  const gate = lockedNow(row, at);
  if (gate) return { gate, row };
  if (row.failures < MAX_FAILURES) return { gate: { kind: "go" }, row };
  return lockNow(row, at, kind);
}

/** The password was right but a code is still to come: the failures start over, the locks so far stay. */
export const passwordRight = (row: LockRow): LockRow => ({ ...row, failures: 0, lockedUntil: null });

/** The whole sign-in succeeded: everything starts over. */
export const signedIn = (row: LockRow): LockRow => ({ ...row, failures: 0, locks: 0, lockedUntil: null });
