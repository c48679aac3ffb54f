import { assign, emit } from "xstate";
import type { Condition } from "@/lib/flows/define";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import type { AccountEffect } from "@/lib/accounts/effects";
import type { AuthEffect } from "@/lib/auth/effects";
import type { MessageEffect } from "@/lib/messaging/effects";
import { setErrorFrom, type VerificationContext } from "../verification/implementations";

/** The effects this machine may ask for. */
type Emitted = EffectEvent<AccountEffect | AuthEffect | MessageEffect>;

export type RegistrationContext = VerificationContext & {
  settings: VerificationContext["settings"] & { termsVersion: string };
  country?: string;
  username?: string;
};

type Args = { context: RegistrationContext; event: FlowEvent };

export const registrationGuards = {
  captchaFailed: ({ event }: Args) => event.facts.captchaPassed !== true,
  usernameTaken: ({ event }: Args) => event.facts.usernameAvailable !== true,
  registrationLimitReached: ({ event }: Args) => Boolean(event.facts.registrationLimitedUntil),
  /** The invariant: an account is created only for a verified contact and accepted terms. */
  readyToCreateAccount: ({ context, event }: Args) =>
    context.contactVerified === true && event.input.terms === true && typeof event.facts.passwordHash === "string",
};

export const registrationActions = {
  recordCountry: assign(({ event }: Args) => ({ country: String(event.input.country) })),
  reportCaptchaFailed: assign(({ event }: Args) => ({
    error: event.facts.captchaLimitedUntil
      ? setErrorFrom(event, "captcha_limited", "captcha", { until: Number(event.facts.captchaLimitedUntil) })
      : setErrorFrom(event, "captcha_wrong", "captcha"),
  })),
  reportUsernameTaken: assign(({ event }: Args) => ({ error: setErrorFrom(event, "username_taken", "username") })),
  reportRegistrationLimit: assign(({ event }: Args) => ({
    error: setErrorFrom(event, "registration_limited", undefined, { until: Number(event.facts.registrationLimitedUntil) }),
  })),
  createAccount: emit(({ context, event }: Args): Emitted => ({
    type: "effect",
    effect: {
      kind: "createAccount",
      username: String(event.input.username),
      email: context.contact?.channel === "email" ? context.contact.target : null,
      phone: context.contact?.channel === "sms" ? context.contact.target : null,
      country: context.country!,
      passwordHash: String(event.facts.passwordHash),
      termsVersion: context.settings.termsVersion,
    },
  })),
  sendWelcome: emit(({ context, event }: Args): Emitted => ({
    type: "effect",
    effect: {
      kind: "message",
      channel: context.contact!.channel,
      to: context.contact!.target,
      template: "welcome",
      data: { username: String(event.input.username) },
    },
  })),
  signIn: emit((): Emitted => ({ type: "effect", effect: { kind: "signIn" } })),
};

export const registrationConditions: Record<keyof typeof registrationGuards, Condition> = {
  captchaFailed: { label: "the picture code is wrong", facts: ["captchaPassed"] },
  usernameTaken: { label: "the user name is taken", facts: ["usernameAvailable"] },
  registrationLimitReached: { label: "too many registrations came from this address", facts: ["registrationLimitedUntil"] },
  readyToCreateAccount: { label: "the contact is verified and the terms accepted", facts: ["passwordHash"], input: ["terms"] },
};
