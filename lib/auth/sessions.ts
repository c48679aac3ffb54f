import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
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

export async function revokeSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.update(authSessions).set({ revokedAt: sql`now()` }).where(eq(authSessions.id, sessionId));
}
