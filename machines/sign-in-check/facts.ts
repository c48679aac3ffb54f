import type { FactsResolver } from "@/lib/flows/registry";
import { lockKeyForUser, reserveAttempt } from "@/lib/auth/lockout";
import { hit, limits } from "@/lib/security/rate-limit";
import { CODE_CHECK_FACTS, CODE_SEND_FACTS, codeCheckFacts, codeSendFacts } from "../verification/facts";
import type { SignInCheckContext } from "./implementations";

/**
 * Facts for the sign-in check. Every code tried counts per client address and per destination,
 * and is reserved against the account's lock before it is compared, so parallel guesses cannot
 * get more checks than the lock allows. Sends and checks use the "sign-in" budgets, which only
 * someone with the account's password can spend.
 */
export const resolveSignInCheckFacts: FactsResolver = async ({ db, type, context, client, now }) => {
  const c = context as unknown as SignInCheckContext;
  switch (type) {
    case "SEND_EMAIL":
      return c.account?.email ? codeSendFacts(db, "sign-in", c.account.email, client) : {};
    case "SEND_SMS":
      return c.account?.phone ? codeSendFacts(db, "sign-in", c.account.phone, client) : {};
    case "RESEND": {
      // Nothing is counted while the cooldown runs (the machine refuses it).
      if (!c.contact || now < (c.verification?.resendAt ?? 0)) return {};
      return codeSendFacts(db, "sign-in", c.contact.target, client);
    }
    case "SUBMIT_CODE": {
      const perClient = await hit(db, limits.signInAttemptsPerClient, client);
      if (!perClient.allowed) return { codeChecksBlockedUntil: perClient.retryAt };
      const perTarget = await codeCheckFacts(db, "sign-in", context);
      if (perTarget.codeChecksBlockedUntil) return perTarget;
      const gate = await reserveAttempt(lockKeyForUser(c.account.id));
      if (gate.kind === "must_reset") return { accountMustReset: true };
      if (gate.kind === "locked") return { accountLockedUntil: gate.until };
      return {};
    }
    default:
      return {};
  }
};

/** The facts `resolveSignInCheckFacts` may return, per event. */
export const signInCheckEventFacts: Record<string, string[]> = {
  SEND_EMAIL: CODE_SEND_FACTS,
  SEND_SMS: CODE_SEND_FACTS,
  RESEND: CODE_SEND_FACTS,
  SUBMIT_CODE: [...CODE_CHECK_FACTS, "accountMustReset", "accountLockedUntil"],
};
