import type { EffectHandlers } from "@/lib/flows/registry";
import { lookup, isTranslatedLocale } from "@/lib/flows/localize";
import { requestNewsletterOptIn } from "./index";

/** The newsletter box ticked at registration: a confirmation mail to the account just created. */
export type NewsletterEffect = { kind: "newsletterOptIn"; wording: string };

export const newsletterEffects: EffectHandlers<NewsletterEffect> = {
  async newsletterOptIn(tx, effect, { key, outcome, locale }) {
    if (!outcome.userId || !outcome.email) throw new Error("newsletterOptIn needs an account with an email created in the same step");
    // The box's label as the flow showed it: in the flow's language when the step copy has it
    // (the code's translations; the effect carries the English label), else in English.
    const shown = isTranslatedLocale(locale) ? lookup(effect.wording, locale, {}) : undefined;
    await requestNewsletterOptIn(tx, {
      userId: outcome.userId,
      email: outcome.email,
      wording: shown?.text ?? effect.wording,
      locale: shown && isTranslatedLocale(locale) ? locale : "en",
      origin: key,
    });
    outcome.queuedMessages++;
  },
};
