import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { signInLocks, users } from "@/lib/db/schema";
import { verifyCredentials } from "@/lib/auth/credentials";
import { LOCK_WAITS_MS, MAX_FAILURES, identifierLock } from "@/lib/auth/lockout";
import { normalizeSignInIdentifier } from "@/lib/auth/identifier";
import { advanceClock, resetClock } from "@/lib/clock";
import { hashPassword } from "@/lib/security/passwords";
import { useFreshDatabase } from "./db";

const fresh = useFreshDatabase();
let db: Db;
let userId: string;
let n = 0;
const PASSWORD = "Right-Passw0rd-1";
/** A new client address per call, so the per-client limit never hides the per-account lock. */
const client = () => `203.0.113.${++n % 250}.${n}`;

beforeAll(async () => {
  db = await fresh.setup();
  const [u] = await db
    .insert(users)
    .values({ username: "lockme", usernameLower: "lockme", email: "lock@example.com", emailLower: "lock@example.com", country: "US", passwordHash: await hashPassword(PASSWORD) })
    .returning();
  userId = u.id;
});
afterAll(() => fresh.teardown());
beforeEach(async () => {
  resetClock();
  await db.delete(signInLocks);
});

describe("password sign-in lockout", () => {
  it("checks at most five passwords when fifty wrong ones arrive at once", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => verifyCredentials("lockme", "Wrong-Passw0rd-0", client())));
    const checkedAndWrong = results.filter((r) => r === null).length;
    const lockedAfter = results.filter((r) => r && typeof r === "object" && "lockedUntil" in r).length;
    // The fifth wrong password itself reports the lock, so at most MAX_FAILURES - 1 plain failures.
    expect(checkedAndWrong).toBeLessThanOrEqual(MAX_FAILURES - 1);
    expect(checkedAndWrong + lockedAfter).toBe(50);
    const [row] = await db.select().from(signInLocks).where(eq(signInLocks.key, identifierLock(normalizeSignInIdentifier("lockme")).key));
    expect(row.locks).toBe(1);
    // Even the right password waits out the lock.
    expect(await verifyCredentials("lockme", PASSWORD, client())).toMatchObject({ lockedUntil: expect.any(Number) });
  });

  it("locks for 1, 5, 15 and 60 minutes, then 60 again: from untrusted browsers, never a forced reset", async () => {
    for (const wait of [...LOCK_WAITS_MS, LOCK_WAITS_MS.at(-1)!, LOCK_WAITS_MS.at(-1)!]) {
      let last: unknown;
      for (let i = 0; i < MAX_FAILURES; i++) last = await verifyCredentials("lock@example.com", "Wrong-Passw0rd-0", client());
      expect(last).toEqual({ lockedUntil: expect.any(Number) });
      const until = (last as { lockedUntil: number }).lockedUntil;
      // Whatever the spelling, the right password waits out the whole lock.
      expect(await verifyCredentials(" LOCK@example.COM", PASSWORD, client())).toEqual({ lockedUntil: until });
      advanceClock(wait - 1_000);
      expect(await verifyCredentials("Lock@Example.com", PASSWORD, client())).toEqual({ lockedUntil: until });
      advanceClock(1_000);
    }
    expect(await verifyCredentials("lock@example.com", PASSWORD, client())).toMatchObject({ id: userId });
  });

  it("starts over after a right password", async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect(await verifyCredentials("lockme", "Wrong-Passw0rd-0", client())).toBeNull();
    expect(await verifyCredentials("lockme", PASSWORD, client())).toMatchObject({ id: userId });
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect(await verifyCredentials("lockme", "Wrong-Passw0rd-0", client())).toBeNull();
  });

  it("locks an unknown name exactly like an account, revealing nothing", async () => {
    let last: unknown;
    for (let i = 0; i < MAX_FAILURES; i++) last = await verifyCredentials("nobody_at_all", "Wrong-Passw0rd-0", client());
    expect(last).toEqual({ lockedUntil: expect.any(Number) });
  });
});
