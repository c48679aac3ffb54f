import type { EffectHandlers } from "@/lib/flows/registry";
import { requestNewsletterOptIn } from "./index";

/** The newsletter box ticked at registration: a confirmation mail to the account just created. */
export type NewsletterEffect = { kind: "newsletterOptIn"; wording: string };

export const newsletterEffects: EffectHandlers<NewsletterEffect> = {
  async newsletterOptIn(tx, effect, { key, outcome }) {
    if (!outcome.userId || !outcome.email) throw new Error("newsletterOptIn needs an account with an email created in the same step");
    await requestNewsletterOptIn(tx, { userId: outcome.userId, email: outcome.email, wording: effect.wording, origin: key });
    outcome.queuedMessages++;
  },
};
