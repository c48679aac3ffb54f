import { defineFlow } from "@/lib/flows/define";
import { verificationActions, verificationConditions, verificationGuards } from "../verification/implementations";
import { registrationActions, registrationConditions, registrationGuards } from "../user-registration/implementations";
import { passwordRecoveryDefinition, passwordRecoveryPlaceholders } from "./definition";
import { recoveryActions, recoveryConditions, recoveryGuards } from "./implementations";
import { recoveryFacts, resolveRecoveryFacts } from "./facts";

export default defineFlow({
  name: "password-recovery",
  definition: passwordRecoveryDefinition,
  guards: { ...verificationGuards, captchaFailed: registrationGuards.captchaFailed, ...recoveryGuards },
  actions: { ...verificationActions, reportCaptchaFailed: registrationActions.reportCaptchaFailed, ...recoveryActions },
  conditions: { ...verificationConditions, captchaFailed: registrationConditions.captchaFailed, ...recoveryConditions },
  facts: { events: recoveryFacts, resolve: resolveRecoveryFacts },
  placeholders: passwordRecoveryPlaceholders,
  public: true,
  invariants: [{ action: "resetPassword", requiresGuard: "recoveryReady", why: "a password is reset only with the code sent to the account" }],
});
