import { describe, expect, it } from "vitest";
import { LOCK_WAITS_MS, MAX_FAILURES, fail, openRow, passwordRight, reserve, signedIn, type LockKind, type LockRow } from "./lock-policy";

const MINUTE = 60_000;

/** One wrong password or code at `at`: reserve, then fail. */
function wrong(row: LockRow, at: number, kind: LockKind = "trusted") {
  const r = reserve(row, at, kind);
  if (r.gate.kind !== "go") return r;
  return fail(r.row, at, kind);
}

describe("sign-in lock rules", () => {
  it("locks a trusted browser's key for 1, 5, 15 and 60 minutes in turn, then only a reset opens it", () => {
    let row = openRow();
    let at = 0;
    for (const [i, wait] of LOCK_WAITS_MS.entries()) {
      for (let f = 1; f < MAX_FAILURES; f++) {
        const r = wrong(row, at);
        expect(r.gate).toEqual({ kind: "go" });
        row = r.row;
      }
      const locked = wrong(row, at);
      expect(locked.gate).toEqual({ kind: "locked", until: at + wait });
      row = locked.row;
      expect(row.locks).toBe(i + 1);
      // Still locked a second before the wait is over, for the right password too.
      expect(reserve(row, at + wait - 1_000, "trusted").gate).toEqual({ kind: "locked", until: at + wait });
      at += wait;
      expect(reserve(row, at, "trusted").gate).toEqual({ kind: "go" });
    }
    expect([1, 5, 15, 60].map((m) => m * MINUTE)).toEqual(LOCK_WAITS_MS);
    for (let f = 1; f < MAX_FAILURES; f++) row = wrong(row, at).row;
    const last = wrong(row, at);
    expect(last.gate).toEqual({ kind: "must_reset" });
    expect(reserve(last.row, at + 365 * 24 * 60 * MINUTE, "trusted").gate).toEqual({ kind: "must_reset" });
  });

  it("locks an untrusted key for 1, 5, 15, then 60 minutes again and again, never forcing a reset", () => {
    let row = openRow();
    let at = 0;
    const waits: number[] = [];
    for (let lock = 0; lock < 50; lock++) {
      for (let f = 1; f < MAX_FAILURES; f++) {
        const r = wrong(row, at, "untrusted");
        expect(r.gate).toEqual({ kind: "go" });
        row = r.row;
      }
      const locked = wrong(row, at, "untrusted");
      expect(locked.gate.kind).toBe("locked");
      row = locked.row;
      const until = (locked.gate as { until: number }).until;
      waits.push(until - at);
      // Held for the whole wait, then open again: never must_reset.
      expect(reserve(row, until - 1, "untrusted").gate).toEqual({ kind: "locked", until });
      at = until;
    }
    expect(waits.slice(0, 4)).toEqual(LOCK_WAITS_MS);
    expect(new Set(waits.slice(4))).toEqual(new Set([LOCK_WAITS_MS.at(-1)]));
    expect(row).toMatchObject({ mustReset: false, locks: LOCK_WAITS_MS.length });
  });

  it("counts checks in flight against an untrusted key too, and keeps locking past the last wait", () => {
    // Parallel reservations past the limit lock at once, as for a trusted key; after every wait the
    // next burst still gets only a lock of the longest wait.
    let row = { ...openRow(), locks: LOCK_WAITS_MS.length };
    const gates = Array.from({ length: 50 }, () => {
      const r = reserve(row, 0, "untrusted");
      row = r.row;
      return r.gate;
    });
    expect(gates.filter((g) => g.kind === "go")).toHaveLength(MAX_FAILURES);
    expect(gates.filter((g) => g.kind === "must_reset")).toEqual([]);
    expect(gates.at(-1)).toEqual({ kind: "locked", until: LOCK_WAITS_MS.at(-1) });
  });

  it("counts checks in flight, so parallel guesses get at most the limit", () => {
    let row = openRow();
    const gates = Array.from({ length: 50 }, () => {
      const r = reserve(row, 0, "trusted");
      row = r.row;
      return r.gate.kind;
    });
    expect(gates.filter((g) => g === "go")).toHaveLength(MAX_FAILURES);
  });

  it("a right password clears the failures but keeps the locks until the sign-in completes", () => {
    let row = openRow();
    for (let f = 0; f < MAX_FAILURES; f++) row = wrong(row, 0).row;
    expect(row.locks).toBe(1);
    row = reserve(row, LOCK_WAITS_MS[0], "trusted").row;
    row = passwordRight(row);
    expect(row).toMatchObject({ failures: 0, locks: 1 });
    // Five wrong codes after that climb to the second wait.
    let r = { gate: { kind: "go" } as ReturnType<typeof reserve>["gate"], row };
    for (let f = 0; f < MAX_FAILURES; f++) r = wrong(r.row, LOCK_WAITS_MS[0]);
    expect(r.gate).toEqual({ kind: "locked", until: LOCK_WAITS_MS[0] + LOCK_WAITS_MS[1] });
    expect(signedIn(r.row)).toMatchObject({ failures: 0, locks: 0, lockedUntil: null });
  });
});
