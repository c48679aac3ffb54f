import { z } from "zod";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { hit, hitOnce, limits } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/security/passwords";
import { normalizeUsername } from "@/lib/security/usernames";
import type { FactsResolver } from "@/lib/flows/define";
import { tryIt } from "@/lib/flows/define";
import { CODE_CHECK_FACTS, CONTACT_WITH_CAPTCHA_FACTS, RESEND_FACTS, passwordHashFact, verificationEventFacts } from "../verification/facts";

/**
 * What the registration machine needs to know before an event, looked up outside it
 * so the machine itself stays pure.
 */
export const resolveRegistrationFacts: FactsResolver = async (args) => {
  const verification = await verificationEventFacts(args, "registration");
  if (verification) return verification;
  const { db, type, input, context, client } = args;
  switch (type) {
    case "SUBMIT_CREDENTIALS": {
      const usernameAvailable = !(await usernameTaken(db, String(input.username)));
      if (!usernameAvailable) return { usernameAvailable };
      // Counted once per contact: repeats of this final step (a burst of identical submissions)
      // must not use up the network's allowance and refuse the registration itself.
      const contact = (context as { contact?: { target?: string } }).contact?.target ?? "";
      const limit = contact ? await hitOnce(db, limits.registrationsPerClient, client, contact.toLowerCase()) : await hit(db, limits.registrationsPerClient, client);
      if (!limit.allowed) return { usernameAvailable, registrationLimitedUntil: limit.retryAt };
      return { usernameAvailable, passwordHash: await hashPassword(String(input.password)) };
    }
    default:
      return {};
  }
};

async function usernameTaken(db: Queryable, username: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.usernameLower, normalizeUsername(username)))
    .limit(1);
  return !!row;
}

/** The facts `resolveRegistrationFacts` may return, per event. */
export const registrationFacts = {
  SUBMIT_CONTACT: CONTACT_WITH_CAPTCHA_FACTS,
  SUBMIT_CODE: CODE_CHECK_FACTS,
  RESEND: RESEND_FACTS,
  SUBMIT_CREDENTIALS: z.object({
    usernameAvailable: tryIt(z.boolean(), {
      key: "username",
      label: "The chosen name is",
      options: { free: "free", taken: "already taken" },
      default: "free",
      answer: (option) => option === "free",
    }),
    registrationLimitedUntil: z.number().optional(),
    passwordHash: passwordHashFact.optional(),
  }),
};
