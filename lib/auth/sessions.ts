import "server-only";
import { and, eq, isNull, ne, type SQL } from "drizzle-orm";
import { getDb, type Queryable } from "@/lib/db/client";
import { authSessions, users } from "@/lib/db/schema";
import { now } from "@/lib/clock";

/** Record a new signed-in browser; its id goes into the JWT. */
export async function createSession(userId: string, info: { userAgent?: string; clientAddress?: string }): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(authSessions)
    .values({ userId, userAgent: info.userAgent?.slice(0, 300), clientAddress: info.clientAddress })
    .returning({ id: authSessions.id });
  return row.id;
}

/**
 * Whether a session is still valid. Checked on every authenticated request, so revoking a
 * session (sign out, password reset) ends it on that browser's next request.
 */
export async function sessionIsLive(sessionId: string): Promise<boolean> {
  return (await liveSession(sessionId)) !== null;
}

/** The session's account as it is now (role changes apply on the next request), or null if it ended. */
export async function liveSession(sessionId: string): Promise<{ role: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ lastSeenAt: authSessions.lastSeenAt, role: users.role, status: users.status })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
  if (!row || row.status !== "active") return null;
  // "Last seen" needs minute precision, not a write on every request.
  if (now() - row.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    await db.update(authSessions).set({ lastSeenAt: new Date(now()) }).where(eq(authSessions.id, sessionId));
  }
  return { role: row.role };
}

const LAST_SEEN_PRECISION_MS = 60_000;

/**
 * Which sessions to end: one session (`only`), or every session of an account (`userId`), but for
 * the one making the request (`except`). `only` with `userId` ends it only if it is that account's.
 */
export type SessionsToRevoke = { userId: string; only?: string; except?: string } | { userId?: undefined; only: string; except?: undefined };

/**
 * The one place sessions end (sign out, ending a session or all others from My Account, a password
 * change or reset). Each ended session gets `revoked_at` on the app clock; its browser is signed
 * out on its next request (liveSession). Runs in the caller's transaction when one is given.
 * Returns the ids of the sessions it ended (already ended ones are left as they were).
 */
export async function revokeSessions(db: Queryable, which: SessionsToRevoke): Promise<string[]> {
  const where: SQL[] = [isNull(authSessions.revokedAt)];
  if (which.userId !== undefined) where.push(eq(authSessions.userId, which.userId));
  if (which.only !== undefined) where.push(eq(authSessions.id, which.only));
  if (which.except !== undefined) where.push(ne(authSessions.id, which.except));
  const rows = await db
    .update(authSessions)
    .set({ revokedAt: new Date(now()) })
    .where(and(...where))
    .returning({ id: authSessions.id });
  return rows.map((r) => r.id);
}

/** Sign out: end the session in the browser's token. */
export async function revokeSession(sessionId: string): Promise<void> {
  await revokeSessions(await getDb(), { only: sessionId });
}
