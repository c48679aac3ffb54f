import { Resend } from "resend";
import type { Queryable } from "@/lib/db/client";
import { mailbox } from "@/lib/db/schema";
import { config } from "@/lib/config";
import type { RenderedMessage } from "@/emails";

export type OutgoingMessage = RenderedMessage & {
  channel: string;
  to: string;
  idempotencyKey: string;
  headers?: Record<string, string>;
};

/** Delivers one message. Must be idempotent for the same `idempotencyKey`. */
export type Transport = { name: string; send(message: OutgoingMessage): Promise<void> };

/** The local mailbox (a table shown at /dev/mailbox): the default for development and tests. */
export function mailboxTransport(db: Queryable): Transport {
  return {
    name: "mailbox",
    async send(m) {
      await db
        .insert(mailbox)
        .values({
          idempotencyKey: m.idempotencyKey,
          channel: m.channel,
          recipient: m.to.toLowerCase(),
          subject: m.subject,
          text: m.text,
          html: m.html,
          headers: m.headers ?? null,
        })
        .onConflictDoNothing();
    },
  };
}

/** Resend's API, which drops a second send with the same idempotency key. */
export function resendTransport(apiKey: string): Transport {
  const client = new Resend(apiKey);
  return {
    name: "resend",
    async send(m) {
      const { error } = await client.emails.send(
        { from: config.mailFrom, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers },
        { idempotencyKey: m.idempotencyKey },
      );
      if (error) throw new Error(`Resend refused the message: ${error.name}: ${error.message}`);
    },
  };
}

/** Email through Resend when RESEND_API_KEY is set; everything else to the mailbox. */
export function transportFor(channel: string, db: Queryable): Transport {
  const key = config.resendApiKey;
  if (channel === "email" && key) return resendTransport(key);
  return mailboxTransport(db);
}
