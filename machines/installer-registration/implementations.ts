import { assign, emit, enqueueActions } from "xstate";
import type { Condition } from "@/lib/flows/define";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import type { AccountEffect } from "@/lib/accounts/effects";
import type { NewsletterEffect } from "@/lib/newsletter/effects";
import type { MessageEffect } from "@/lib/messaging/effects";
import { setErrorFrom, type VerificationContext } from "../verification/implementations";
import { NEWSLETTER_LABEL } from "./definition";

/** The effects this machine may ask for. */
type Emitted = EffectEvent<AccountEffect | NewsletterEffect | MessageEffect>;

export type InstallerContext = VerificationContext & {
  settings: VerificationContext["settings"] & { termsVersion: string };
  country?: string;
  passwordHash?: string;
  fullName?: string;
  phone?: string;
  companyName?: string;
  /** Wrong authentication codes tried in this flow. */
  authCodeAttempts?: number;
};

type Args = { context: InstallerContext; event: FlowEvent };

/**
 * Wrong authentication codes one flow may try, besides the per-client limit. Counted in the flow
 * context: each decided submission moves the flow's revision, so raced guesses are decided one at
 * a time and never get past it. Not a studio setting, so no draft can raise it.
 */
export const AUTH_CODE_ATTEMPTS_PER_FLOW = 5;

export function authCodeAttemptsLeft(context: Record<string, unknown>): number {
  const used = typeof context.authCodeAttempts === "number" ? context.authCodeAttempts : 0;
  return AUTH_CODE_ATTEMPTS_PER_FLOW - used;
}

const authCodeGiven = (event: FlowEvent) => typeof event.input.authCode === "string" && event.input.authCode !== "";

export const installerGuards = {
  passwordHashed: ({ event }: Args) => typeof event.facts.passwordHash === "string",
  /** A code typed after the flow's wrong ones are used up: refused without looking at it. */
  authCodeAttemptsExhausted: ({ context, event }: Args) => authCodeGiven(event) && authCodeAttemptsLeft(context) <= 0,
  authCodeInvalid: ({ event }: Args) => authCodeGiven(event) && event.facts.authCodeValid !== true,
  /** The invariant: an account is created only for a verified email and accepted terms. */
  readyToCreateInstaller: ({ context, event }: Args) =>
    context.contactVerified === true && event.input.terms === true && typeof context.passwordHash === "string" && !!context.companyName,
};

export const installerActions = {
  recordPasswordHash: assign(({ event }: Args) => ({ passwordHash: String(event.facts.passwordHash) })),
  recordProfile: assign(({ event }: Args) => ({
    fullName: String(event.input.fullName),
    phone: String(event.input.phone),
    companyName: String(event.input.companyName),
  })),
  reportAuthCodeInvalid: assign(({ context, event }: Args) => ({
    authCodeAttempts: (context.authCodeAttempts ?? 0) + 1,
    error: setErrorFrom(event, "auth_code_invalid", "authCode"),
  })),
  reportAuthCodeAttempts: assign(({ event }: Args) => ({ error: setErrorFrom(event, "auth_code_attempts", "authCode") })),
  createInstallerAccount: emit(({ context }: Args): Emitted => ({
    type: "effect",
    effect: {
      kind: "createAccount",
      // Installers sign in with their email; it doubles as the unique user name.
      username: context.contact!.target,
      email: context.contact!.target,
      phone: null,
      country: context.country!,
      passwordHash: context.passwordHash!,
      termsVersion: context.settings.termsVersion,
      role: "installer_admin",
      status: "awaiting_confirmation",
      fullName: context.fullName,
    },
  })),
  createCompany: emit(({ context, event }: Args): Emitted => ({
    type: "effect",
    effect: {
      kind: "createCompany",
      name: context.companyName!,
      country: context.country!,
      phone: context.phone ?? null,
      authCode: typeof event.input.authCode === "string" && event.input.authCode ? event.input.authCode : null,
    },
  })),
  subscribeNewsletter: enqueueActions(({ event, enqueue }: Args & { enqueue: { emit: (e: Emitted) => void } }) => {
    if (event.input.newsletter === true) enqueue.emit({ type: "effect", effect: { kind: "newsletterOptIn", wording: NEWSLETTER_LABEL } });
  }),
  sendAccountConfirmation: emit((): Emitted => ({ type: "effect", effect: { kind: "accountConfirmation" } })),
};

export const installerConditions: Record<keyof typeof installerGuards, Condition> = {
  passwordHashed: { label: "the password is accepted", facts: ["passwordHash"] },
  authCodeAttemptsExhausted: { label: "every authentication code attempt is used up", input: ["authCode"] },
  authCodeInvalid: { label: "the authentication code is wrong", facts: ["authCodeValid"], input: ["authCode"] },
  readyToCreateInstaller: { label: "the email is verified and the terms accepted", input: ["terms"] },
};
