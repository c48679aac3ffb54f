import { outbox } from "@/lib/db/schema";
import type { Queryable } from "@/lib/db/client";
import type { MessageChannel, MessagePayload } from "@/lib/db/json-types";
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
};

/**
 * Queue a message in the outbox, inside the caller's transaction when one is given, so the message
 * exists if and only if the change that caused it commits. Every message goes through here.
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
    nextAttemptAt: at,
    createdAt: at,
  });
  const rows = await (message.ifQueued === "skip" ? insert.onConflictDoNothing() : insert).returning({ id: outbox.id });
  return rows.length > 0;
}
