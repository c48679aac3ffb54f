import { defineFlow } from "@/lib/flows/define";
import { verificationActions, verificationConditions, verificationGuards } from "../verification/implementations";
import { signInCheckDefinition, signInCheckPlaceholders } from "./definition";
import { signInCheckActions, signInCheckConditions, signInCheckGuards } from "./implementations";
import { resolveSignInCheckFacts, signInCheckFacts } from "./facts";

export default defineFlow({
  name: "sign-in-check",
  definition: signInCheckDefinition,
  guards: { ...verificationGuards, ...signInCheckGuards },
  actions: { ...verificationActions, ...signInCheckActions },
  conditions: { ...verificationConditions, ...signInCheckConditions },
  facts: { events: signInCheckFacts, resolve: resolveSignInCheckFacts },
  placeholders: signInCheckPlaceholders,
  // Started by the sign-in page after a right password, never by a visitor.
  public: false,
  invariants: [
    { action: "completeSignIn", requiresGuard: "codeMatches", why: "a sign-in that needs a code finishes only with the right code" },
    { action: "trustDeviceIfAsked", requiresGuard: "codeMatches", why: "a browser is trusted only after the right code" },
  ],
});
