import type { FactsResolver } from "@/lib/flows/registry";
import { hashPassword } from "@/lib/security/passwords";
import { codeCheckFacts, contactWithCaptchaFacts, resendFacts } from "../verification/facts";

export const resolveRecoveryFacts: FactsResolver = async ({ db, type, input, context, client, now }) => {
  switch (type) {
    case "SUBMIT_CONTACT":
      return contactWithCaptchaFacts(db, input, client);
    case "SUBMIT_CODE":
      return codeCheckFacts(db, context);
    case "RESEND":
      return resendFacts(db, context, client, now);
    case "SUBMIT_PASSWORD":
      return context.contactVerified ? { passwordHash: await hashPassword(String(input.password)) } : {};
    default:
      return {};
  }
};
