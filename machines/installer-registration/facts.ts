import { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { installerAuthCodes } from "@/lib/db/schema";
import { hit, limits } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/security/passwords";
import { hashSecret } from "@/lib/security/secrets";
import { AUTH_CODE_PURPOSE } from "@/lib/accounts/company";
import { tryIt, type FactsResolver } from "@/lib/flows/define";
import { CODE_CHECK_FACTS, CONTACT_WITH_CAPTCHA_FACTS, RESEND_FACTS, passwordHashFact, verificationEventFacts } from "../verification/facts";
import { authCodeAttemptsLeft } from "./implementations";

export { AUTH_CODE_PURPOSE };

/** Whether a 10-digit authentication code was issued and not used yet. */
export async function authCodeUsable(db: Queryable, code: string): Promise<boolean> {
  const [row] = await db
    .select({ codeHash: installerAuthCodes.codeHash })
    .from(installerAuthCodes)
    .where(and(eq(installerAuthCodes.codeHash, hashSecret(AUTH_CODE_PURPOSE, code)), isNull(installerAuthCodes.usedAt)));
  return !!row;
}

export const resolveInstallerFacts: FactsResolver = async (args) => {
  // Anonymous, and it sends a code: the contact step is behind a picture code like every such step.
  const verification = await verificationEventFacts(args, "registration");
  if (verification) return verification;
  const { db, type, input, context, client } = args;
  switch (type) {
    case "SUBMIT_PASSWORD":
      return { passwordHash: await hashPassword(String(input.password)) };
    case "REGISTER": {
      const code = typeof input.authCode === "string" ? input.authCode : "";
      if (code) {
        // Past the flow's own limit no code is looked at (the machine refuses; an older version
        // of the definition without that guard still gets "invalid").
        if (authCodeAttemptsLeft(context) <= 0) return { authCodeValid: false };
        const attempt = await hit(db, limits.authCodeAttemptsPerClient, client);
        if (!attempt.allowed || !(await authCodeUsable(db, code))) return { authCodeValid: false };
      }
      const limit = await hit(db, limits.registrationsPerClient, client);
      if (!limit.allowed) return { registrationLimitedUntil: limit.retryAt };
      return { authCodeValid: code ? true : undefined };
    }
    default:
      return {};
  }
};

/** The facts `resolveInstallerFacts` may return, per event. */
export const installerFacts = {
  SUBMIT_CONTACT: CONTACT_WITH_CAPTCHA_FACTS,
  SUBMIT_CODE: CODE_CHECK_FACTS,
  RESEND: RESEND_FACTS,
  SUBMIT_PASSWORD: z.object({ passwordHash: passwordHashFact }),
  REGISTER: z.object({
    authCodeValid: tryIt(z.boolean().optional(), {
      key: "authCode",
      label: "A typed authentication code is",
      options: { valid: "valid", invalid: "not valid" },
      default: "valid",
      // Looked up only when a code was typed.
      answer: (option, _at, input) => (typeof input.authCode === "string" && input.authCode ? option === "valid" : undefined),
    }),
    registrationLimitedUntil: z.number().optional(),
  }),
};
