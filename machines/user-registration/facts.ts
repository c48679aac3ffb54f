import { eq } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { solveCaptcha } from "@/lib/security/captcha";
import { credit, hit, limits } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/security/passwords";
import { normalizeEmail, normalizeUsername } from "@/lib/security/usernames";
import type { FactsResolver } from "@/lib/flows/registry";
import { codeCheckFacts, codeSendFacts, contactTaken, resendFacts } from "../verification/facts";

/** Check the picture code (one guess per picture); wrong ones count per client, and past the limit none is looked at. */
export async function captchaFacts(db: Queryable, input: Record<string, unknown>, client: string) {
  // Every answer counts before it is checked (a burst cannot get past the limit); a right one is credited back.
  const counted = await hit(db, limits.captchaFailuresPerClient, client);
  if (!counted.allowed) return { captchaPassed: false, captchaLimitedUntil: counted.retryAt };
  const captchaPassed = await solveCaptcha(db, input.captchaId as string, input.captcha as string);
  if (captchaPassed) await credit(db, limits.captchaFailuresPerClient, client);
  return { captchaPassed };
}

/**
 * What the registration machine needs to know before an event, looked up outside it
 * so the machine itself stays pure.
 */
export const resolveRegistrationFacts: FactsResolver = async ({ db, type, input, context, client, now }) => {
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
    case "SUBMIT_CREDENTIALS": {
      const usernameAvailable = !(await usernameTaken(db, String(input.username)));
      if (!usernameAvailable) return { usernameAvailable };
      const limit = await hit(db, limits.registrationsPerClient, client);
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
