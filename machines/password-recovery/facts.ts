import { z } from "zod";
import type { FactsResolver } from "@/lib/flows/define";
import { hashPassword } from "@/lib/security/passwords";
import { CODE_CHECK_FACTS, CONTACT_WITH_CAPTCHA_FACTS, RESEND_FACTS, codeCheckFacts, contactWithCaptchaFacts, resendFacts } from "../verification/facts";

export const resolveRecoveryFacts: FactsResolver = async ({ db, type, input, context, client, now }) => {
  switch (type) {
    case "SUBMIT_CONTACT":
      return contactWithCaptchaFacts(db, "recovery", input, client);
    case "SUBMIT_CODE":
      return codeCheckFacts(db, "recovery", context);
    case "RESEND":
      return resendFacts(db, "recovery", context, client, now);
    case "SUBMIT_PASSWORD":
      return context.contactVerified ? { passwordHash: await hashPassword(String(input.password)) } : {};
    default:
      return {};
  }
};

/** The facts `resolveRecoveryFacts` may return, per event. */
export const recoveryFacts = {
  SUBMIT_CONTACT: CONTACT_WITH_CAPTCHA_FACTS,
  SUBMIT_CODE: CODE_CHECK_FACTS,
  RESEND: RESEND_FACTS,
  SUBMIT_PASSWORD: z.object({ passwordHash: z.string().optional() }),
};
