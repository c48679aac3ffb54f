import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authSessions, users } from "@/lib/db/schema";
import { createSession, liveSession, revokeSession, revokeSessions } from "@/lib/auth/sessions";
import { endOtherSessions, endSession } from "@/lib/accounts/security";
import { advanceClock, now, resetClock } from "@/lib/clock";
import { startFlow } from "@/lib/flows/runtime";
import { funnel } from "@/lib/studio/service";
import { useFlowDatabase } from "./db";

const database = useFlowDatabase();
let n = 0;
beforeEach(() => resetClock());

async function account() {
  const name = `sessions${++n}`;
  const [u] = await database().insert(users).values({ username: name, usernameLower: name, country: "US", passwordHash: "x" }).returning();
  return u.id;
}

async function revokedAt(id: string) {
  const [row] = await database().select({ revokedAt: authSessions.revokedAt }).from(authSessions).where(eq(authSessions.id, id));
  return row.revokedAt;
}

describe("revoking sessions", () => {
  it("signing out records the app clock's time, not the database server's (TEST_CLOCK)", async () => {
    const sid = await createSession(await account(), {});
    advanceClock(10 * 24 * 60 * 60_000);
    await revokeSession(sid);
    const at = await revokedAt(sid);
    expect(at).not.toBeNull();
    expect(Math.abs(at!.getTime() - now())).toBeLessThan(60_000);
    expect(await liveSession(sid)).toBeNull();
  });

  it("ends one session, all but one, or all, only of the account named, and leaves ended ones as they were", async () => {
    const [alice, bob] = [await account(), await account()];
    const [a1, a2, a3] = [await createSession(alice, {}), await createSession(alice, {}), await createSession(alice, {})];
    const b1 = await createSession(bob, {});

    expect(await endSession(bob, a1)).toBe(false); // another account's session
    expect(await endSession(alice, a1)).toBe(true);
    const first = await revokedAt(a1);
    advanceClock(60 * 60_000);
    expect(await endSession(alice, a1)).toBe(false);
    expect(await revokedAt(a1)).toEqual(first);

    expect(await endOtherSessions(alice, a3)).toBe(1);
    expect(await revokedAt(a2)).not.toBeNull();
    expect(await liveSession(a3)).not.toBeNull();
    expect(await liveSession(b1)).not.toBeNull();

    expect(await revokeSessions(database(), { userId: alice })).toEqual([a3]);
    expect(await liveSession(b1)).not.toBeNull();
  });
});

describe("the app clock in rows the database stamps", () => {
  it("a flow started after the clock moved on counts in the studio's last-7-days funnel", async () => {
    advanceClock(30 * 24 * 60 * 60_000);
    const before = (await funnel("user-registration")).started;
    await startFlow("user-registration", { address: "198.51.100.7" });
    expect((await funnel("user-registration")).started).toBe(before + 1);
  });

  it("a new session is first seen at the app's now", async () => {
    advanceClock(-2 * 24 * 60 * 60_000);
    const sid = await createSession(await account(), {});
    const [row] = await database().select().from(authSessions).where(eq(authSessions.id, sid));
    expect(Math.abs(row.lastSeenAt.getTime() - now())).toBeLessThan(60_000);
    expect(Math.abs(row.createdAt.getTime() - now())).toBeLessThan(60_000);
  });
});
