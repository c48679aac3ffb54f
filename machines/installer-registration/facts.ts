import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { installerAuthCodes } from "@/lib/db/schema";
import { hit, limits } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/security/passwords";
import { hashSecret } from "@/lib/security/secrets";
import type { FactsResolver } from "@/lib/flows/registry";
import { codeCheckFacts, contactFacts, resendFacts } from "../verification/facts";

export const AUTH_CODE_PURPOSE = "installer-auth-code";

/** Whether a 10-digit authentication code was issued and not used yet. */
export async function authCodeUsable(db: Queryable, code: string): Promise<boolean> {
  const [row] = await db
    .select({ codeHash: installerAuthCodes.codeHash })
    .from(installerAuthCodes)
    .where(and(eq(installerAuthCodes.codeHash, hashSecret(AUTH_CODE_PURPOSE, code)), isNull(installerAuthCodes.usedAt)));
  return !!row;
}

export const resolveInstallerFacts: FactsResolver = async ({ db, type, input, context, client, now }) => {
  switch (type) {
    case "SUBMIT_CONTACT":
      return contactFacts(db, input, client);
    case "SUBMIT_CODE":
      return codeCheckFacts(db, context);
    case "RESEND":
      return resendFacts(db, context, client, now);
    case "SUBMIT_PASSWORD":
      return { passwordHash: await hashPassword(String(input.password)) };
    case "REGISTER": {
      const code = typeof input.authCode === "string" ? input.authCode : "";
      if (code) {
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
