import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { translator, type MessageKey, type MessageValues } from "@/lib/messages";

export type Account = typeof users.$inferSelect;

/** One account by id, for the pages that show it (My Account, About, Change email or phone). */
export async function accountById(id: string): Promise<Account | undefined> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

/**
 * Why account code refused, for the page to say in the reader's language: a catalogue key with its
 * values (`i18n.t(reason.key, reason.values)`). `message` keeps the English words, for logs and callers
 * without a reader.
 */
export type Refusal = { message: string; reason: { key: MessageKey; values?: MessageValues } };

export function refusal(key: MessageKey, values?: MessageValues): Refusal {
  return { message: translator("en").t(key, values), reason: values ? { key, values } : { key } };
}
