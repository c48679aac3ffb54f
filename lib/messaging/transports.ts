import "server-only";
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

export type TwilioSettings = { accountSid: string; authToken: string; from: string; baseUrl: string };

/**
 * SMS through Twilio's Messages API. Twilio drops a repeated request carrying the same
 * I-Twilio-Idempotency-Token, so a retried outbox row does not text twice.
 */
export function twilioTransport(s: TwilioSettings): Transport {
  return {
    name: "twilio",
    async send(m) {
      const url = `${s.baseUrl.replace(/\/$/, "")}/2010-04-01/Accounts/${encodeURIComponent(s.accountSid)}/Messages.json`;
      const res = await fetch(url, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${s.accountSid}:${s.authToken}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
          "I-Twilio-Idempotency-Token": m.idempotencyKey,
        },
        body: new URLSearchParams({ To: m.to, From: s.from, Body: m.text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { code?: number; message?: string };
        throw new Error(`Twilio refused the message: ${res.status} ${body.code ?? ""} ${body.message ?? ""}`.trim());
      }
    },
  };
}

/** Email through Resend and SMS through Twilio when configured; otherwise the local mailbox. */
export function transportFor(channel: string, db: Queryable): Transport {
  if (channel === "discard") return { name: "discard", send: async () => {} };
  const key = config.resendApiKey;
  if (channel === "email" && key) return resendTransport(key);
  const twilio = config.twilio;
  if (channel === "sms" && twilio) return twilioTransport(twilio);
  return mailboxTransport(db);
}
