import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { notifications } from "@/lib/db/schema";
import { now } from "@/lib/clock";

/** The bell: unread count, the latest notifications, and marking them read. */
export async function unreadCount(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export async function latestNotifications(userId: string) {
  const db = await getDb();
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.id)).limit(50);
}

export async function markAllRead(userId: string): Promise<void> {
  const db = await getDb();
  await db.update(notifications).set({ readAt: new Date(now()) }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
