import type { FactsResolver } from "@/lib/flows/registry";
import { hashPassword } from "@/lib/security/passwords";
import { normalizeEmail } from "@/lib/security/usernames";
import { captchaFacts } from "../user-registration/facts";
import { codeCheckFacts, codeSendFacts, contactTaken, resendFacts } from "../verification/facts";

export const resolveRecoveryFacts: FactsResolver = async ({ db, type, input, context, client, now }) => {
  switch (type) {
    case "SUBMIT_CONTACT": {
      const captcha = await captchaFacts(db, input, client);
      if (!captcha.captchaPassed) return captcha;
      const target = typeof input.phone === "string" ? input.phone : normalizeEmail(String(input.email));
      return { ...captcha, ...(await codeSendFacts(db, target, client)), accountExists: await contactTaken(db, target) };
    }
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
