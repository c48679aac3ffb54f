import { z } from "zod";
import { tryIt, type FactsResolver } from "@/lib/flows/define";
import { identifierLock, reserveAttempt, type SignInLock } from "@/lib/auth/lockout";
import { normalizeSignInIdentifier } from "@/lib/auth/identifier";
import { hit, limits } from "@/lib/security/rate-limit";
import { CODE_CHECK_FACTS, CODE_SEND_FACTS, codeCheckFacts, codeSendFacts } from "../verification/facts";
import type { SignInCheckContext } from "./implementations";

/**
 * Facts for the sign-in check. Every code tried counts per client address and per destination,
 * and is reserved against the attempt's lock (the one its password counted against) before it is
 * compared, so parallel guesses cannot get more checks than the lock allows. Sends and checks use
 * the "sign-in" budgets, which only someone with the account's password can spend.
 */
/**
 * The lock the codes count against: the one the password attempt used. A check started before
 * the lock travelled with it (in flight during an upgrade) uses the untrusted lock of the
 * account's email or phone, which never forces a reset.
 */
function checkLock(c: SignInCheckContext): SignInLock {
  return c.lock ?? identifierLock(normalizeSignInIdentifier(c.account.email ?? c.account.phone ?? c.account.id));
}

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
      const gate = await reserveAttempt(checkLock(c));
      if (gate.kind === "must_reset") return { accountMustReset: true };
      if (gate.kind === "locked") return { accountLockedUntil: gate.until };
      return {};
    }
    default:
      return {};
  }
};

/** The facts `resolveSignInCheckFacts` may return, per event. */
export const signInCheckFacts = {
  SEND_EMAIL: CODE_SEND_FACTS,
  SEND_SMS: CODE_SEND_FACTS,
  RESEND: CODE_SEND_FACTS,
  SUBMIT_CODE: CODE_CHECK_FACTS.extend({
    accountMustReset: z.boolean().optional(),
    accountLockedUntil: tryIt(z.number().optional(), {
      key: "account",
      label: "The account is",
      options: { open: "not locked", locked: "locked" },
      default: "open",
      answer: (option, at) => (option === "locked" ? at + 15 * 60_000 : undefined),
    }),
  }),
};
