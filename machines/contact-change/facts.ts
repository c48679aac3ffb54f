import type { FactsResolver } from "@/lib/flows/define";
import { CODE_CHECK_FACTS, CONTACT_FACTS, RESEND_FACTS, verificationEventFacts } from "../verification/facts";

// A signed-in step, so no picture code. An address that belongs to another account gets a notice
// instead of a code, like registration.
export const resolveContactChangeFacts: FactsResolver = async (args) =>
  (await verificationEventFacts(args, "contact-change", { captcha: false })) ?? {};

/** The facts `resolveContactChangeFacts` may return, per event. */
export const contactChangeFacts = {
  SUBMIT_CONTACT: CONTACT_FACTS,
  SUBMIT_CODE: CODE_CHECK_FACTS,
  RESEND: RESEND_FACTS,
};
