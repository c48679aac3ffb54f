import { sql, type SQL } from "drizzle-orm";
import { outbox, users } from "@/lib/db/schema";
import type { Queryable } from "@/lib/db/client";
import type { MessageChannel, MessagePayload } from "@/lib/db/json-types";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/messages/locales";
import { now } from "@/lib/clock";

export type { MessageChannel, MessagePayload };

/** One message to send: who gets it, over which channel, with which template and data. */
export type QueuedMessage = {
  channel: MessageChannel;
  /** An email address or an E.164 phone number. */
  to: string;
  /** A template registered in emails/ (renderMessage). */
  template: string;
  /** What the template needs; a `secret` is removed once the message is delivered. */
  data?: MessagePayload;
  /** Unique per message: a retried transaction or request with the same key queues nothing new. */
  idempotencyKey: string;
  /** "skip": a key already queued is not an error and nothing is written (the result says so). */
  ifQueued?: "error" | "skip";
  /**
   * The account the message is for: it goes out in the account's language (`users.locale`), read in
   * the caller's transaction. Without one, or when the account chose none, `locale` applies.
   */
  forAccount?: string;
  /** The language of the person who asked (a flow's starter); English when nothing else is known. */
  locale?: Locale | string | null;
};

/**
 * The language a message is written in: the account's, else the asker's, else English. The account's
 * is read inside the insert itself (one statement, in the caller's transaction).
 */
function messageLocale(message: Pick<QueuedMessage, "forAccount" | "locale">): SQL<string> | Locale {
  const fallback = isLocale(message.locale) ? message.locale : DEFAULT_LOCALE;
  if (!message.forAccount) return fallback;
  const spoken = sql.join(
    LOCALES.map((l) => sql`${l}`),
    sql`, `,
  );
  return sql<string>`coalesce((select ${users.locale} from ${users} where ${users.id} = ${message.forAccount} and ${users.locale} in (${spoken})), ${fallback})`;
}

/**
 * Queue a message in the outbox, inside the caller's transaction when one is given, so the message
 * exists if and only if the change that caused it commits. Every message goes through here.
 * Its language is fixed now (`locale` on the row) and used when the dispatcher renders it.
 * The caller calls `notifyOutbox()` after commit to deliver at once; otherwise the next poll does.
 * Returns whether a row was written (false only with `ifQueued: "skip"` and a known key).
 */
export async function enqueueMessage(db: Queryable, message: QueuedMessage): Promise<boolean> {
  const at = new Date(now());
  const insert = db.insert(outbox).values({
    idempotencyKey: message.idempotencyKey,
    channel: message.channel,
    recipient: message.to,
    template: message.template,
    payload: message.data ?? {},
    locale: messageLocale(message),
    nextAttemptAt: at,
    createdAt: at,
  });
  const rows = await (message.ifQueued === "skip" ? insert.onConflictDoNothing() : insert).returning({ id: outbox.id });
  return rows.length > 0;
}
