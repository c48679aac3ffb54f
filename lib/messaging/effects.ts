import { enqueueMessage } from "./outbox";
import type { EffectHandlers } from "@/lib/flows/registry";

/** A message a flow asks to send. Channel "discard": queued and "delivered" to nowhere, so a path that sends nothing costs the same as one that sends. */
export type MessageEffect = { kind: "message"; channel: "email" | "sms" | "discard"; to: string; template: string; data: Record<string, unknown>; secret?: string };

export const messageEffects: EffectHandlers<MessageEffect> = {
  async message(tx, effect, { key, outcome, locale, subject }) {
    await enqueueMessage(tx, {
      // Derived from the flow revision: a retried transaction cannot queue the same message twice.
      idempotencyKey: key,
      channel: effect.channel,
      to: effect.to,
      template: effect.template,
      data: { ...effect.data, ...(effect.secret ? { secret: effect.secret } : {}) },
      // The account the flow is about (or created in this step) speaks its own language; before
      // there is one (registration codes, Forgot Password) the person who started the flow.
      forAccount: subject ?? outcome.userId,
      locale,
    });
    outcome.queuedMessages++;
  },
};
