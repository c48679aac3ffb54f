import type { Queryable } from "@/lib/db/client";
import type { Invariant } from "./validate";
import type { StepPlaceholders } from "./placeholders";
import { verificationActions, verificationGuards } from "@/machines/verification/implementations";
import { userRegistrationDefinition, userRegistrationPlaceholders } from "@/machines/user-registration/definition";
import { registrationActions, registrationGuards } from "@/machines/user-registration/implementations";
import { registrationEventFacts, resolveRegistrationFacts } from "@/machines/user-registration/facts";
import { installerRegistrationDefinition, installerRegistrationPlaceholders } from "@/machines/installer-registration/definition";
import { installerActions, installerGuards } from "@/machines/installer-registration/implementations";
import { installerEventFacts, resolveInstallerFacts } from "@/machines/installer-registration/facts";
import { passwordRecoveryDefinition, passwordRecoveryPlaceholders } from "@/machines/password-recovery/definition";
import { recoveryActions, recoveryGuards } from "@/machines/password-recovery/implementations";
import { recoveryEventFacts, resolveRecoveryFacts } from "@/machines/password-recovery/facts";
import { contactChangeDefinition, contactChangePlaceholders } from "@/machines/contact-change/definition";
import { contactChangeActions } from "@/machines/contact-change/implementations";
import { contactChangeEventFacts, resolveContactChangeFacts } from "@/machines/contact-change/facts";
import { signInCheckDefinition, signInCheckPlaceholders } from "@/machines/sign-in-check/definition";
import { signInCheckActions, signInCheckGuards } from "@/machines/sign-in-check/implementations";
import { resolveSignInCheckFacts, signInCheckEventFacts } from "@/machines/sign-in-check/facts";
import { deviceResetCaseDefinition, deviceResetCasePlaceholders } from "@/machines/device-reset-case/definition";
import { deviceResetCaseActions, deviceResetCaseGuards } from "@/machines/device-reset-case/implementations";

export type FactsResolver = (args: {
  db: Queryable;
  type: string;
  input: Record<string, unknown>;
  context: Record<string, unknown>;
  client: string;
  now: number;
}) => Promise<Record<string, unknown>>;

export type Implementations = {
  guards: Record<string, (...args: never[]) => boolean>;
  actions: Record<string, unknown>;
  actors: Record<string, unknown>;
};

export type FlowEntry = {
  name: string;
  defaultDefinition: Record<string, unknown>;
  implementations: Implementations;
  resolveFacts: FactsResolver;
  /** The facts `resolveFacts` may return, per event: a condition on other facts cannot be decided there. */
  eventFacts: Record<string, string[]>;
  /** Rules every version of this flow must keep, whoever edits it. */
  invariants: Invariant[];
  /** Which {placeholders} each step's text may show; the code decides, never the stored definition. */
  placeholders: StepPlaceholders;
  /** Started by anyone (registration, recovery); otherwise only by the server for a signed-in account. */
  public: boolean;
  /** Steps the flow studio may put in another order (each group: steps that may swap places). */
  reorderable?: string[][];
};

/**
 * Every flow the app knows, with the named code its definitions may use.
 * A definition naming anything outside its entry's implementations is refused.
 */
export const flows: Record<string, FlowEntry> = {
  "user-registration": {
    name: "user-registration",
    defaultDefinition: userRegistrationDefinition,
    implementations: {
      guards: { ...verificationGuards, ...registrationGuards },
      actions: { ...verificationActions, ...registrationActions },
      actors: {},
    },
    resolveFacts: resolveRegistrationFacts,
    eventFacts: registrationEventFacts,
    placeholders: userRegistrationPlaceholders,
    public: true,
    invariants: [
      { action: "createAccount", requiresGuard: "readyToCreateAccount", why: "an account needs a verified contact and accepted terms" },
      { action: "signIn", requiresGuard: "readyToCreateAccount", why: "only a just-created account is signed in without a password" },
    ],
  },
  "installer-registration": {
    name: "installer-registration",
    defaultDefinition: installerRegistrationDefinition,
    implementations: {
      guards: {
        ...verificationGuards,
        captchaFailed: registrationGuards.captchaFailed,
        registrationLimitReached: registrationGuards.registrationLimitReached,
        ...installerGuards,
      },
      actions: {
        ...verificationActions,
        recordCountry: registrationActions.recordCountry,
        reportCaptchaFailed: registrationActions.reportCaptchaFailed,
        reportRegistrationLimit: registrationActions.reportRegistrationLimit,
        ...installerActions,
      },
      actors: {},
    },
    resolveFacts: resolveInstallerFacts,
    eventFacts: installerEventFacts,
    placeholders: installerRegistrationPlaceholders,
    public: true,
    // Password and the profile are independent: either may come first.
    reorderable: [["password", "profile"]],
    invariants: [
      { action: "createInstallerAccount", requiresGuard: "readyToCreateInstaller", why: "an account needs a verified email and accepted terms" },
      { action: "createCompany", requiresGuard: "readyToCreateInstaller", why: "a company belongs to a new, verified account" },
    ],
  },
  "password-recovery": {
    name: "password-recovery",
    defaultDefinition: passwordRecoveryDefinition,
    implementations: {
      guards: { ...verificationGuards, captchaFailed: registrationGuards.captchaFailed, ...recoveryGuards },
      actions: { ...verificationActions, reportCaptchaFailed: registrationActions.reportCaptchaFailed, ...recoveryActions },
      actors: {},
    },
    resolveFacts: resolveRecoveryFacts,
    eventFacts: recoveryEventFacts,
    placeholders: passwordRecoveryPlaceholders,
    public: true,
    invariants: [{ action: "resetPassword", requiresGuard: "recoveryReady", why: "a password is reset only with the code sent to the account" }],
  },
  "contact-change": {
    name: "contact-change",
    defaultDefinition: contactChangeDefinition,
    implementations: { guards: { ...verificationGuards }, actions: { ...verificationActions, ...contactChangeActions }, actors: {} },
    resolveFacts: resolveContactChangeFacts,
    eventFacts: contactChangeEventFacts,
    placeholders: contactChangePlaceholders,
    public: false,
    invariants: [{ action: "changeContact", requiresGuard: "codeMatches", why: "a new contact must prove itself with the code sent to it" }],
  },
  "sign-in-check": {
    name: "sign-in-check",
    defaultDefinition: signInCheckDefinition,
    implementations: { guards: { ...verificationGuards, ...signInCheckGuards }, actions: { ...verificationActions, ...signInCheckActions }, actors: {} },
    resolveFacts: resolveSignInCheckFacts,
    eventFacts: signInCheckEventFacts,
    placeholders: signInCheckPlaceholders,
    // Started by the sign-in page after a right password, never by a visitor.
    public: false,
    invariants: [
      { action: "completeSignIn", requiresGuard: "codeMatches", why: "a sign-in that needs a code finishes only with the right code" },
      { action: "trustDeviceIfAsked", requiresGuard: "codeMatches", why: "a browser is trusted only after the right code" },
    ],
  },
  "device-reset-case": {
    name: "device-reset-case",
    defaultDefinition: deviceResetCaseDefinition,
    implementations: { guards: deviceResetCaseGuards, actions: deviceResetCaseActions, actors: {} },
    resolveFacts: async () => ({}),
    eventFacts: {},
    placeholders: deviceResetCasePlaceholders,
    public: false,
    invariants: [{ action: "openCase", requiresGuard: "readyToOpen", why: "a case needs a scanned device, a label photo and the security commitment" }],
  },
};

export function flowEntry(name: string): FlowEntry | undefined {
  return Object.hasOwn(flows, name) ? flows[name] : undefined;
}
