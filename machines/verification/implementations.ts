import { assign, emit } from "xstate";
import type { Condition } from "@/lib/flows/define";
import { hashSecret, secretMatches } from "@/lib/security/secrets";
import type { EffectEvent, FlowError, FlowEvent } from "@/lib/flows/types";
import type { MessageEffect } from "@/lib/messaging/effects";

/** The effects this machine may ask for. */
type Emitted = EffectEvent<MessageEffect>;

/**
 * The reusable verification machine's named code: send a code, resend after a cooldown,
 * expiry, an attempt limit after which the code is dead. Every flow that proves a contact
 * (registration, sign-in, recovery, contact change) composes `verificationStep` with these.
 *
 * Deadlines are timestamps in context, checked by guards when an event arrives: a restored
 * actor does not resume timers.
 */

export type VerificationSettings = {
  codeLength: number;
  codeValidMs: number;
  resendCooldownMs: number;
  maxCodeAttempts: number;
};

export const defaultVerificationSettings: VerificationSettings = {
  codeLength: 6,
  codeValidMs: 10 * 60_000,
  resendCooldownMs: 60_000,
  maxCodeAttempts: 5,
};

export type Verification = {
  channel: "email" | "sms";
  target: string;
  codeHash: string;
  issuedAt: number;
  expiresAt: number;
  resendAt: number;
  attempts: number;
  sends: number;
};

export type VerificationContext = {
  settings: VerificationSettings & Record<string, unknown>;
  contact?: { channel: "email" | "sms"; target: string };
  verification?: Verification;
  contactVerified: boolean;
  error?: FlowError;
};

type Args = { context: VerificationContext; event: FlowEvent };

const CODE_PURPOSE = "verification-code";

export function setErrorFrom(event: FlowEvent, code: string, field?: string, params?: FlowError["params"]): FlowError {
  return { code, field, params, seq: event.seq };
}

export const verificationGuards = {
  codeChecksBlocked: ({ event }: Args) => Boolean(event.facts.codeChecksBlockedUntil),
  /** The runtime found the per-target or per-client send limit exhausted. */
  sendLimitReached: ({ event }: Args) => Boolean(event.facts.sendLimitedUntil),
  resendTooSoon: ({ context, event }: Args) => !!context.verification && event.now < context.verification.resendAt,
  codeExpired: ({ context, event }: Args) => !context.verification || event.now >= context.verification.expiresAt,
  codeAttemptsExhausted: ({ context }: Args) =>
    !!context.verification && context.verification.attempts >= context.settings.maxCodeAttempts,
  codeMatches: ({ context, event }: Args) =>
    !!context.verification &&
    typeof event.input.code === "string" &&
    secretMatches(CODE_PURPOSE, event.input.code, context.verification.codeHash),
};

/**
 * Issue a fresh code to the contact. If the runtime found that the address already belongs to
 * an account (`facts.accountExists`), the owner gets a notice instead of a code, at most once a
 * day (`facts.registrationNoticeDue`, counted per address in the database); past that the notice
 * is queued to nowhere. The screens stay identical, so nobody learns which addresses are registered.
 */
const recordVerificationCode = assign(({ context, event }: Args) => {
  const contact = context.contact!;
  const s = context.settings;
  const code = event.fresh.code.slice(0, s.codeLength);
  return {
    contactVerified: false,
    verification: {
      channel: contact.channel,
      target: contact.target,
      codeHash: hashSecret(CODE_PURPOSE, code),
      issuedAt: event.now,
      expiresAt: event.now + s.codeValidMs,
      resendAt: event.now + s.resendCooldownMs,
      attempts: 0,
      sends: (context.verification?.target === contact.target ? context.verification.sends : 0) + 1,
    } satisfies Verification,
  };
});

const sendVerificationMessage = emit(({ context, event }: Args): Emitted => {
  const contact = context.contact!;
  const s = context.settings;
  const code = event.fresh.code.slice(0, s.codeLength);
  if (event.facts.accountExists) {
    const channel = event.facts.registrationNoticeDue === true ? contact.channel : "discard";
    return {
      type: "effect",
      effect: { kind: "message", channel, to: contact.target, template: "registration-attempt", data: {} },
    };
  }
  return {
    type: "effect",
    effect: {
      kind: "message",
      channel: contact.channel,
      to: contact.target,
      template: "verification-code",
      data: { validMinutes: Math.round(s.codeValidMs / 60_000) },
      secret: code,
    },
  };
});

export const verificationActions = {
  /** Take the contact from the submitted form: a phone number means SMS, otherwise email. */
  recordContact: assign(({ event }: Args) => {
    const phone = typeof event.input.phone === "string" ? event.input.phone : undefined;
    const email = typeof event.input.email === "string" ? event.input.email : undefined;
    return { contact: phone ? { channel: "sms" as const, target: phone } : { channel: "email" as const, target: email! } };
  }),
  recordVerificationCode,
  sendVerificationMessage,
  countWrongCode: assign(({ context, event }: Args) => {
    const v = context.verification!;
    const attempts = v.attempts + 1;
    const remaining = Math.max(0, context.settings.maxCodeAttempts - attempts);
    return {
      verification: { ...v, attempts },
      error:
        remaining > 0
          ? setErrorFrom(event, "code_wrong", "code", { remaining })
          : setErrorFrom(event, "code_dead", "code"),
    };
  }),
  markContactVerified: assign({ contactVerified: true }),
  reportCodeChecksBlocked: assign(({ event }: Args) => ({
    error: setErrorFrom(event, "code_checks_limited", "code", { until: Number(event.facts.codeChecksBlockedUntil) }),
  })),
  reportCodeExpired: assign(({ event }: Args) => ({ error: setErrorFrom(event, "code_expired", "code") })),
  reportCodeDead: assign(({ event }: Args) => ({ error: setErrorFrom(event, "code_dead", "code") })),
  reportResendTooSoon: assign(({ context, event }: Args) => ({
    error: setErrorFrom(event, "resend_too_soon", undefined, {
      seconds: Math.ceil(((context.verification?.resendAt ?? event.now) - event.now) / 1000),
    }),
  })),
  reportSendLimit: assign(({ event }: Args) => ({
    error: setErrorFrom(event, "send_limited", undefined, { until: Number(event.facts.sendLimitedUntil) }),
  })),
};

/**
 * What a code-entry step may show when the person typed the contact in this flow themselves: where
 * the code went (in full or masked), how long it lasts and when it stops working.
 */
export const verificationPlaceholders = ["target", "maskedTarget", "validMinutes", "codeExpiresAt"] as const;

/** The same for a contact that is the account's own (the sign-in check): only its masked form. */
export const maskedVerificationPlaceholders = ["maskedTarget", "validMinutes", "codeExpiresAt"] as const;

type StepCopy = { title: string; description: string; codeLabel: string; submitLabel: string };

/**
 * The code-entry step as data: a state config any flow can place in its definition.
 * `onVerified` and `back` are the targets (state keys beside this one).
 */
export function verificationStep(opts: {
  step: string;
  onVerified: string;
  back?: string;
  copy: StepCopy;
  helpHref: string;
  /** The action that sends the code again (a flow may send differently, e.g. only to known accounts). */
  sendAction?: string;
  /** What else happens once the right code is entered (behind the codeMatches guard). */
  onVerifiedActions?: string[];
  /** What else happens on a wrong code (e.g. counting it towards the account's lock). */
  onWrongCodeActions?: string[];
  /** Checks before any code is looked at (e.g. the account is locked), each with the action that reports it. */
  checksFirst?: { guard: string; actions: string }[];
  /** More fields beside the code (e.g. Trust this device). */
  extraFields?: Record<string, unknown>[];
  resendLabel?: string;
}) {
  return {
    meta: {
      step: opts.step,
      title: opts.copy.title,
      description: opts.copy.description,
      fields: [{ name: "code", kind: "code", label: opts.copy.codeLabel, required: true }, ...(opts.extraFields ?? [])],
      submit: { event: "SUBMIT_CODE", label: opts.copy.submitLabel },
      actions: [
        { event: "RESEND", label: opts.resendLabel ?? "Resend", validate: false, secondary: true, availableAtPath: "verification.resendAt" },
        ...(opts.back ? [{ event: "CHANGE_CONTACT", label: "Back", validate: false, secondary: true }] : []),
      ],
      links: [{ label: "Didn't receive the verification code?", href: opts.helpHref }],
    },
    on: {
      SUBMIT_CODE: [
        ...(opts.checksFirst ?? []),
        { guard: "codeChecksBlocked", actions: "reportCodeChecksBlocked" },
        { guard: "codeExpired", actions: "reportCodeExpired" },
        { guard: "codeAttemptsExhausted", actions: "reportCodeDead" },
        { guard: "codeMatches", target: opts.onVerified, actions: ["markContactVerified", ...(opts.onVerifiedActions ?? [])] },
        { actions: opts.onWrongCodeActions?.length ? ["countWrongCode", ...opts.onWrongCodeActions] : "countWrongCode" },
      ],
      RESEND: [
        { guard: "resendTooSoon", actions: "reportResendTooSoon" },
        { guard: "sendLimitReached", actions: "reportSendLimit" },
        { actions: ["recordVerificationCode", opts.sendAction ?? "sendVerificationMessage"] },
      ],
      ...(opts.back ? { CHANGE_CONTACT: { target: opts.back } } : {}),
    },
  };
}

/** What each verification guard reads from an event, and its words in the studio. */
export const verificationConditions: Record<keyof typeof verificationGuards, Condition> = {
  codeChecksBlocked: { label: "too many codes were tried", facts: ["codeChecksBlockedUntil"] },
  sendLimitReached: { label: "too many codes were sent", facts: ["sendLimitedUntil"] },
  resendTooSoon: { label: "it is too soon to send the code again" },
  codeExpired: { label: "the code has expired" },
  codeAttemptsExhausted: { label: "every code attempt is used up" },
  codeMatches: { label: "the code is right", input: ["code"] },
};
