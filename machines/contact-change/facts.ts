import type { FactsResolver } from "@/lib/flows/registry";
import { codeCheckFacts, contactFacts, resendFacts } from "../verification/facts";

export const resolveContactChangeFacts: FactsResolver = async ({ db, type, input, context, client, now }) => {
  switch (type) {
    case "SUBMIT_CONTACT":
      // An address that belongs to another account gets a notice instead of a code, like registration.
      return contactFacts(db, "contact-change", input, client);
    case "SUBMIT_CODE":
      return codeCheckFacts(db, "contact-change", context);
    case "RESEND":
      return resendFacts(db, "contact-change", context, client, now);
    default:
      return {};
  }
};
