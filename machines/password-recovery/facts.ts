import { z } from "zod";
import type { FactsResolver } from "@/lib/flows/define";
import { hashPassword } from "@/lib/security/passwords";
import { CODE_CHECK_FACTS, CONTACT_WITH_CAPTCHA_FACTS, RESEND_FACTS, accountExistsFact, passwordHashFact, codeCheckFacts, contactWithCaptchaFacts, resendFacts } from "../verification/facts";

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
  // Forgot Password reaches its end only for a contact that has an account: Try it starts there.
  SUBMIT_CONTACT: CONTACT_WITH_CAPTCHA_FACTS.extend({ accountExists: accountExistsFact("existing") }),
  SUBMIT_CODE: CODE_CHECK_FACTS,
  RESEND: RESEND_FACTS.extend({ accountExists: accountExistsFact("existing") }),
  SUBMIT_PASSWORD: z.object({ passwordHash: passwordHashFact.optional() }),
};
