import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { mailbox } from "@/lib/db/schema";

export type MailboxMessage = typeof mailbox.$inferSelect;
export type { MailHeaders } from "@/lib/db/json-types";

/** Messages in the local mailbox, newest first, optionally for one recipient. */
export async function listMailbox(to?: string, limit = 50): Promise<MailboxMessage[]> {
  const db = await getDb();
  const q = db.select().from(mailbox);
  const filtered = to ? q.where(eq(mailbox.recipient, normalizeRecipient(to))) : q;
  return filtered.orderBy(desc(mailbox.id)).limit(limit);
}

/** "+1201…" typed into a URL arrives as " 1201…" (a plus is a space in a query string). */
function normalizeRecipient(to: string): string {
  const t = to.trim().toLowerCase();
  return /^\d{6,15}$/.test(t) ? `+${t}` : t;
}

/** The first stand-alone run of 4 to 8 digits (not a port or part of a URL): the code, for tests and the bench. */
export function codeIn(text: string): string | undefined {
  return /(?<![:/.\w])(\d{4,8})(?![\w/])/.exec(text)?.[1];
}
