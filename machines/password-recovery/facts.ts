import { z } from "zod";
import type { FactsResolver } from "@/lib/flows/define";
import { hashPassword } from "@/lib/security/passwords";
import { CODE_CHECK_FACTS, CONTACT_WITH_CAPTCHA_FACTS, RESEND_FACTS, accountExistsFact, passwordHashFact, verificationEventFacts } from "../verification/facts";

export const resolveRecoveryFacts: FactsResolver = async (args) => {
  const verification = await verificationEventFacts(args, "recovery");
  if (verification) return verification;
  const { type, input, context } = args;
  if (type === "SUBMIT_PASSWORD") return context.contactVerified ? { passwordHash: await hashPassword(String(input.password)) } : {};
  return {};
};

/** The facts `resolveRecoveryFacts` may return, per event. */
export const recoveryFacts = {
  // Forgot Password reaches its end only for a contact that has an account: Try it starts there.
  SUBMIT_CONTACT: CONTACT_WITH_CAPTCHA_FACTS.extend({ accountExists: accountExistsFact("existing") }),
  SUBMIT_CODE: CODE_CHECK_FACTS,
  RESEND: RESEND_FACTS.extend({ accountExists: accountExistsFact("existing") }),
  SUBMIT_PASSWORD: z.object({ passwordHash: passwordHashFact.optional() }),
};
