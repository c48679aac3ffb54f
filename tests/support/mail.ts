import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { mailbox } from "@/lib/db/schema";
import { dispatchDue } from "@/lib/messaging/dispatcher";

/** The newest message sent to `to`, once the outbox is dispatched (undefined when there is none). */
export async function lastMailTo(db: Db, to: string) {
  await dispatchDue(db);
  const [m] = await db.select().from(mailbox).where(eq(mailbox.recipient, to)).orderBy(sql`id desc`).limit(1);
  return m;
}
