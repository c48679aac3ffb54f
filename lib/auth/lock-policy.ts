/**
 * The sign-in lock as pure rules over one row (failures, locks, lockedUntil, mustReset), so every
 * wait step can be tested with a clock in hand. lockout.ts applies them inside a row lock.
 *
 * An attempt is reserved *before* the password or code is checked: checks in flight count as
 * failures, so 50 parallel guesses still get at most MAX_FAILURES checks. After MAX_FAILURES
 * failures the key is locked for the next wait in LOCK_WAITS_MS; after as many locks as there are
 * waits, only a password reset (which always works) opens it again.
 */
export const MAX_FAILURES = 5;
export const LOCK_WAITS_MS = [1, 5, 15, 60].map((m) => m * 60_000);

export type LockRow = { failures: number; locks: number; lockedUntil: number | null; mustReset: boolean };
export type Gate = { kind: "go" } | { kind: "locked"; until: number } | { kind: "must_reset" };

export const openRow = (): LockRow => ({ failures: 0, locks: 0, lockedUntil: null, mustReset: false });

/** Before a check: whether it may happen, and the row with the attempt counted. */
export function reserve(row: LockRow, at: number): { gate: Gate; row: LockRow } {
  if (row.mustReset) return { gate: { kind: "must_reset" }, row };
  if (row.lockedUntil !== null && row.lockedUntil > at) return { gate: { kind: "locked", until: row.lockedUntil }, row };
  const failures = row.lockedUntil !== null ? 0 : row.failures; // a lock that ran out starts a fresh count
  if (failures >= MAX_FAILURES) {
    // The limit is reached by checks still in flight: refuse, showing the wait their failure would start.
    return { gate: { kind: "locked", until: at + LOCK_WAITS_MS[Math.min(row.locks, LOCK_WAITS_MS.length - 1)] }, row };
  }
  return { gate: { kind: "go" }, row: { ...row, failures: failures + 1, lockedUntil: null } };
}

/** After a failed check: lock once the failures reach the limit; after every wait is used up, only a reset helps. */
export function fail(row: LockRow, at: number): { gate: Gate; row: LockRow } {
  if (row.failures < MAX_FAILURES) return { gate: { kind: "go" }, row };
  const locks = row.locks + 1;
  if (locks > LOCK_WAITS_MS.length) return { gate: { kind: "must_reset" }, row: { ...row, locks, failures: 0, mustReset: true } };
  const until = at + LOCK_WAITS_MS[locks - 1];
  return { gate: { kind: "locked", until }, row: { ...row, locks, failures: 0, lockedUntil: until } };
}

/** The password was right but a code is still to come: the failures start over, the locks so far stay. */
export const passwordRight = (row: LockRow): LockRow => ({ ...row, failures: 0, lockedUntil: null });

/** The whole sign-in succeeded: everything starts over. */
export const signedIn = (row: LockRow): LockRow => ({ ...row, failures: 0, locks: 0, lockedUntil: null });
