import { registerEffects, registerFlows } from "@/lib/flows/registry";
import { flowList } from "@/machines/registry";
import { codeTranslations } from "@/machines/translations";
import { registerCodeTranslations } from "@/lib/flows/localize";
import { messageEffects } from "@/lib/messaging/effects";
import { accountEffects } from "@/lib/accounts/effects";
import { authEffects } from "@/lib/auth/effects";
import { newsletterEffects } from "@/lib/newsletter/effects";
import { caseEffects } from "@/lib/cases/effects";

/**
 * Wires the app's flows and the domains' effect handlers into the flow engine. The engine
 * (lib/flows) imports neither: this module is imported once by each entry point (the server boot,
 * the modules that run flows, the test setup), and registering twice changes nothing.
 */
registerFlows(flowList);
registerCodeTranslations(codeTranslations);
registerEffects(messageEffects);
registerEffects(accountEffects);
registerEffects(authEffects);
registerEffects(newsletterEffects);
registerEffects(caseEffects);

export const engineReady = true;
