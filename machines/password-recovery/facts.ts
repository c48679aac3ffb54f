import type { FactsResolver } from "@/lib/flows/registry";
import { hashPassword } from "@/lib/security/passwords";
import { codeCheckFacts, contactWithCaptchaFacts, resendFacts } from "../verification/facts";

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
