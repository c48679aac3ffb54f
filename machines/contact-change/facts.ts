import type { FactsResolver } from "@/lib/flows/registry";
import { normalizeEmail } from "@/lib/security/usernames";
import { codeCheckFacts, codeSendFacts, contactTaken, resendFacts } from "../verification/facts";

export const resolveContactChangeFacts: FactsResolver = async ({ db, type, input, context, client, now }) => {
  switch (type) {
    case "SUBMIT_CONTACT": {
      const target = typeof input.phone === "string" ? input.phone : normalizeEmail(String(input.email));
      // An address that belongs to another account gets a notice instead of a code, like registration.
      return { ...(await codeSendFacts(db, target, client)), accountExists: await contactTaken(db, target) };
    }
    case "SUBMIT_CODE":
      return codeCheckFacts(db, context);
    case "RESEND":
      return resendFacts(db, context, client, now);
    default:
      return {};
  }
};
