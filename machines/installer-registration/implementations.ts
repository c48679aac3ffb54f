import { assign, emit, enqueueActions } from "xstate";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import { setErrorFrom, type VerificationContext } from "../verification/implementations";
import { NEWSLETTER_LABEL } from "./definition";

export type InstallerContext = VerificationContext & {
  settings: VerificationContext["settings"] & { termsVersion: string };
  country?: string;
  passwordHash?: string;
  fullName?: string;
  phone?: string;
  companyName?: string;
};

type Args = { context: InstallerContext; event: FlowEvent };

export const installerGuards = {
  passwordHashed: ({ event }: Args) => typeof event.facts.passwordHash === "string",
  authCodeInvalid: ({ event }: Args) => typeof event.input.authCode === "string" && event.input.authCode !== "" && event.facts.authCodeValid !== true,
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
  reportAuthCodeInvalid: assign(({ event }: Args) => ({ error: setErrorFrom(event, "auth_code_invalid", "authCode") })),
  createInstallerAccount: emit(({ context }: Args): EffectEvent => ({
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
  createCompany: emit(({ context, event }: Args): EffectEvent => ({
    type: "effect",
    effect: {
      kind: "createCompany",
      name: context.companyName!,
      country: context.country!,
      phone: context.phone ?? null,
      authCode: typeof event.input.authCode === "string" && event.input.authCode ? event.input.authCode : null,
    },
  })),
  subscribeNewsletter: enqueueActions(({ event, enqueue }: Args & { enqueue: { emit: (e: EffectEvent) => void } }) => {
    if (event.input.newsletter === true) enqueue.emit({ type: "effect", effect: { kind: "newsletterOptIn", wording: NEWSLETTER_LABEL } });
  }),
  sendAccountConfirmation: emit((): EffectEvent => ({ type: "effect", effect: { kind: "accountConfirmation" } })),
};
