import { defineFlow } from "@/lib/flows/define";
import { verificationActions, verificationConditions, verificationGuards } from "../verification/implementations";
import { registrationActions, registrationConditions, registrationGuards } from "../user-registration/implementations";
import { installerRegistrationDefinition, installerRegistrationPlaceholders } from "./definition";
import { installerActions, installerConditions, installerGuards } from "./implementations";
import { installerFacts, resolveInstallerFacts } from "./facts";

export default defineFlow({
  name: "installer-registration",
  definition: installerRegistrationDefinition,
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
  conditions: {
    ...verificationConditions,
    captchaFailed: registrationConditions.captchaFailed,
    registrationLimitReached: registrationConditions.registrationLimitReached,
    ...installerConditions,
  },
  facts: { events: installerFacts, resolve: resolveInstallerFacts },
  placeholders: installerRegistrationPlaceholders,
  public: true,
  // Password and the profile are independent: either may come first.
  reorderable: [["password", "profile"]],
  invariants: [
    { action: "createInstallerAccount", requiresGuard: "readyToCreateInstaller", why: "an account needs a verified email and accepted terms" },
    { action: "createCompany", requiresGuard: "readyToCreateInstaller", why: "a company belongs to a new, verified account" },
  ],
});
