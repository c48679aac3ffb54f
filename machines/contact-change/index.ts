import { defineFlow } from "@/lib/flows/define";
import { verificationActions, verificationConditions, verificationGuards } from "../verification/implementations";
import { contactChangeDefinition, contactChangePlaceholders } from "./definition";
import { contactChangeActions } from "./implementations";
import { contactChangeFacts, resolveContactChangeFacts } from "./facts";

export default defineFlow({
  name: "contact-change",
  definition: contactChangeDefinition,
  guards: { ...verificationGuards },
  actions: { ...verificationActions, ...contactChangeActions },
  conditions: verificationConditions,
  facts: { events: contactChangeFacts, resolve: resolveContactChangeFacts },
  placeholders: contactChangePlaceholders,
  public: false,
  invariants: [{ action: "changeContact", requiresGuard: "codeMatches", why: "a new contact must prove itself with the code sent to it" }],
});
