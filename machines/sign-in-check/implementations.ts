import { assign, emit, enqueueActions } from "xstate";
import type { Condition } from "@/lib/flows/define";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import type { AuthEffect, SignInLockRef } from "@/lib/auth/effects";
import type { MessageEffect } from "@/lib/messaging/effects";
import { setErrorFrom, type VerificationContext } from "../verification/implementations";

/** The effects this machine may ask for. */
type Emitted = EffectEvent<AuthEffect | MessageEffect>;

/** What the server vouches for when it starts a sign-in check (never taken from a form). */
export type SignInCheckContext = VerificationContext & {
  settings: { trustDays: number };
  account: { id: string; email?: string; phone?: string; maskedEmail?: string; maskedPhone?: string; notify: { channel: "email" | "sms"; to: string } };
  device: { tokenHash: string; userAgent?: string; clientAddress?: string; label: string; known: boolean };
  /** The lock the password attempt counted against: wrong codes count there too, a right one opens it. */
  lock: SignInLockRef;
};

type Args = { context: SignInCheckContext; event: FlowEvent };

export const signInCheckGuards = {
  accountHasEmail: ({ context }: Args) => Boolean(context.account?.email),
  accountHasPhone: ({ context }: Args) => Boolean(context.account?.phone),
  /** This attempt's lock is shut (wrong passwords or codes at this identifier, or from this trusted browser): no code is looked at. */
  accountLocked: ({ event }: Args) => Boolean(event.facts.accountLockedUntil || event.facts.accountMustReset),
};

export const signInCheckActions = {
  useAccountEmail: assign(({ context }: Args) => ({ contact: { channel: "email" as const, target: context.account.email! } })),
  useAccountPhone: assign(({ context }: Args) => ({ contact: { channel: "sms" as const, target: context.account.phone! } })),
  reportAccountLocked: assign(({ event }: Args) => ({
    error: event.facts.accountMustReset
      ? setErrorFrom(event, "account_must_reset")
      : setErrorFrom(event, "account_locked", undefined, { until: Number(event.facts.accountLockedUntil) }),
  })),
  /** A wrong code counts against the attempt's lock like a wrong password does. */
  countSignInFailure: emit(({ context }: Args): Emitted => ({ type: "effect", effect: { kind: "signInFailed", userId: context.account.id, lock: context.lock } })),
  completeSignIn: emit(({ context }: Args): Emitted => ({ type: "effect", effect: { kind: "signIn", userId: context.account.id, lock: context.lock } })),
  /** "Trust this device" was ticked: the browser skips the code next time (the person's choice, never the default). */
  trustDeviceIfAsked: enqueueActions(({ context, event, enqueue }: Args & { enqueue: { emit: (e: Emitted) => void } }) => {
    if (event.input.trustDevice !== true) return;
    const d = context.device;
    enqueue.emit({
      type: "effect",
      effect: { kind: "trustDevice", userId: context.account.id, tokenHash: d.tokenHash, userAgent: d.userAgent, clientAddress: d.clientAddress, days: context.settings.trustDays },
    });
  }),
  /** A browser the account did not trust, or a network it never used, signed in: the owner hears about it (a stranger with the code is still news). */
  noticeNewDevice: enqueueActions(({ context, event, enqueue }: Args & { enqueue: { emit: (e: Emitted) => void } }) => {
    const d = context.device;
    if (d.known) return;
    enqueue.emit({
      type: "effect",
      effect: {
        kind: "message",
        channel: context.account.notify.channel,
        to: context.account.notify.to,
        template: "new-sign-in",
        data: { device: d.label, address: d.clientAddress ?? "unknown", at: new Date(event.now).toISOString() },
      },
    });
  }),
};

export const signInCheckConditions: Record<keyof typeof signInCheckGuards, Condition> = {
  accountHasEmail: { label: "the account has an email address" },
  accountHasPhone: { label: "the account has a mobile phone number" },
  accountLocked: { label: "the account is locked", facts: ["accountLockedUntil", "accountMustReset"] },
};
