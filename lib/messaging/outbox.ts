import { eq } from "drizzle-orm";
import { outbox, users } from "@/lib/db/schema";
import type { Queryable } from "@/lib/db/client";
import type { MessageChannel, MessagePayload } from "@/lib/db/json-types";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/messages/locales";
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

/** The language an account chose, read with the caller's connection or transaction. */
export async function accountLocaleIn(db: Queryable, userId: string): Promise<Locale | undefined> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return isLocale(row?.locale) ? row.locale : undefined;
}

/** The language a message is written in: the account's, else the asker's, else English. */
export async function messageLocale(db: Queryable, message: Pick<QueuedMessage, "forAccount" | "locale">): Promise<Locale> {
  const chosen = message.forAccount ? await accountLocaleIn(db, message.forAccount) : undefined;
  return chosen ?? (isLocale(message.locale) ? message.locale : DEFAULT_LOCALE);
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
    locale: await messageLocale(db, message),
    nextAttemptAt: at,
    createdAt: at,
  });
  const rows = await (message.ifQueued === "skip" ? insert.onConflictDoNothing() : insert).returning({ id: outbox.id });
  return rows.length > 0;
}
