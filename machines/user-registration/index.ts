import { defineFlow } from "@/lib/flows/define";
import { verificationActions, verificationConditions, verificationGuards } from "../verification/implementations";
import { userRegistrationDefinition, userRegistrationPlaceholders } from "./definition";
import { registrationActions, registrationConditions, registrationGuards } from "./implementations";
import { registrationFacts, resolveRegistrationFacts } from "./facts";

export default defineFlow({
  name: "user-registration",
  definition: userRegistrationDefinition,
  guards: { ...verificationGuards, ...registrationGuards },
  actions: { ...verificationActions, ...registrationActions },
  conditions: { ...verificationConditions, ...registrationConditions },
  facts: { events: registrationFacts, resolve: resolveRegistrationFacts },
  placeholders: userRegistrationPlaceholders,
  public: true,
  invariants: [
    { action: "createAccount", requiresGuard: "readyToCreateAccount", why: "an account needs a verified contact and accepted terms" },
    { action: "signIn", requiresGuard: "readyToCreateAccount", why: "only a just-created account is signed in without a password" },
  ],
});
