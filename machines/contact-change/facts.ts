import type { FactsResolver } from "@/lib/flows/define";
import { CODE_CHECK_FACTS, CONTACT_FACTS, RESEND_FACTS, codeCheckFacts, contactFacts, resendFacts } from "../verification/facts";

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

/** The facts `resolveContactChangeFacts` may return, per event. */
export const contactChangeFacts = {
  SUBMIT_CONTACT: CONTACT_FACTS,
  SUBMIT_CODE: CODE_CHECK_FACTS,
  RESEND: RESEND_FACTS,
};
