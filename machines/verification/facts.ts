import { z } from "zod";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { credit, hit, hitEach, limits } from "@/lib/security/rate-limit";
import { solveCaptcha } from "@/lib/security/captcha";
import { normalizeEmail } from "@/lib/security/usernames";
import { tryIt, type FactsResolver } from "@/lib/flows/define";

/**
 * What a code is for. Each purpose has its own send and check budgets per destination and per
 * client, so strangers registering with an address, or asking Forgot Password for it, never use
 * up the budget of the owner's sign-in check (which runs only after the right password).
 */
export type CodePurpose = "registration" | "recovery" | "sign-in" | "contact-change";

/**
 * The facts each resolver below may return, as zod schemas. Flows declare them per event
 * (`facts.events` in their defineFlow), so the runtime checks what reaches a guard, the validator
 * and the studio know which conditions a step can decide, and Try it fakes only those.
 */
const until = z.number().optional();
const flag = z.boolean().optional();

/** Whether the contact typed has an account; in Try it the editor says (`usual`: the answer that reaches the end). */
export const accountExistsFact = (usual: "new" | "existing") =>
  tryIt(flag, {
    key: "contact",
    label: "The address or number typed",
    options: { new: "has no account yet", existing: "belongs to an account" },
    default: usual,
    answer: (option) => option === "existing",
  });

export const captchaPassedFact = tryIt(flag, {
  key: "captcha",
  label: "The picture characters typed are",
  options: { right: "right", wrong: "wrong" },
  default: "right",
  answer: (option) => option === "right",
});

/** A password hashed by the server; Try it stands in a sample for one typed. */
export const passwordHashFact = tryIt(z.string(), { sample: (input) => (typeof input.password === "string" ? "sample-password-hash" : undefined) });

export const CODE_SEND_FACTS = z.object({ sendLimitedUntil: until });
export const CONTACT_FACTS = z.object({ sendLimitedUntil: until, accountExists: accountExistsFact("new"), registrationNoticeDue: tryIt(flag, { sample: () => true }) });
export const CONTACT_WITH_CAPTCHA_FACTS = z.object({ captchaPassed: captchaPassedFact, captchaLimitedUntil: until, ...CONTACT_FACTS.shape });
export const CODE_CHECK_FACTS = z.object({ codeChecksBlockedUntil: until });
export const RESEND_FACTS = CONTACT_FACTS;

/** Count a code send against the purpose's per-destination and per-client limits. */
export async function codeSendFacts(db: Queryable, purpose: CodePurpose, target: string, client: string) {
  const counted = await hitEach(db, [
    [limits.codeSendsPerTarget, `${purpose}:${target.toLowerCase()}`],
    [limits.codeSendsPerClient, `${purpose}:${client}`],
  ]);
  const blocked = counted.filter((r) => !r.allowed).map((r) => (r.allowed ? 0 : r.retryAt));
  return blocked.length ? { sendLimitedUntil: Math.max(...blocked) } : {};
}

/** Whether an email address or an E.164 phone number already belongs to an account. */
export async function contactTaken(db: Queryable, target: string): Promise<boolean> {
  const where = target.startsWith("+") ? eq(users.phone, target) : eq(users.emailLower, normalizeEmail(target));
  const [row] = await db.select({ id: users.id }).from(users).where(where).limit(1);
  return !!row;
}

/**
 * A send: counted against the purpose's limits, with whether the address has an account. If it
 * has, its owner may be told that someone used it (`registrationNoticeDue`: at most once a day per
 * address, counted in the database, and only when the send is not refused anyway). Recovery sends
 * its code to a known account instead, so it tells nobody and counts nothing here.
 */
async function sendFacts(db: Queryable, purpose: CodePurpose, target: string, client: string) {
  const send = await codeSendFacts(db, purpose, target, client);
  const accountExists = await contactTaken(db, target);
  if (!accountExists || send.sendLimitedUntil || purpose === "recovery") return { ...send, accountExists };
  const notice = await hit(db, limits.registrationNoticesPerTarget, target.toLowerCase());
  return { ...send, accountExists, registrationNoticeDue: notice.allowed };
}

/** Count a code check against the purpose's per-destination daily limit, before the code is compared. */
export async function codeCheckFacts(db: Queryable, purpose: CodePurpose, context: Record<string, unknown>) {
  const target = (context.contact as { target: string } | undefined)?.target;
  if (!target) return {};
  const r = await hit(db, limits.codeChecksPerTarget, `${purpose}:${target.toLowerCase()}`);
  return r.allowed ? {} : { codeChecksBlockedUntil: r.retryAt };
}

/**
 * Facts for Resend: nothing (the machine refuses) while the cooldown runs, so it uses up no limit.
 * Resend needs no new picture code: it is behind the cooldown and counts against the same
 * budgets as the first send, so a picture per send would buy an attacker nothing more.
 */
export async function resendFacts(db: Queryable, purpose: CodePurpose, context: Record<string, unknown>, client: string, now: number) {
  const target = (context.contact as { target: string } | undefined)?.target;
  const resendAt = (context.verification as { resendAt: number } | undefined)?.resendAt ?? 0;
  if (!target || now < resendAt) return {};
  return sendFacts(db, purpose, target, client);
}

/** Check the picture code (one guess per picture); wrong ones count per client, and past the limit none is looked at. */
export async function captchaFacts(db: Queryable, input: Record<string, unknown>, client: string) {
  // Every answer counts before it is checked (a burst cannot get past the limit); a right one is credited back.
  const counted = await hit(db, limits.captchaFailuresPerClient, client);
  if (!counted.allowed) return { captchaPassed: false, captchaLimitedUntil: counted.retryAt };
  const captchaPassed = await solveCaptcha(db, input.captchaId as string, input.captcha as string);
  if (captchaPassed) await credit(db, limits.captchaFailuresPerClient, client);
  return { captchaPassed };
}

/** The contact step: count the send against the purpose's limits and look up whether the contact has an account. */
export async function contactFacts(db: Queryable, purpose: CodePurpose, input: Record<string, unknown>, client: string) {
  const target = typeof input.phone === "string" ? input.phone : normalizeEmail(String(input.email));
  return sendFacts(db, purpose, target, client);
}

/** The contact step behind a picture code: nothing is counted or looked up until the picture is right. */
export async function contactWithCaptchaFacts(db: Queryable, purpose: CodePurpose, input: Record<string, unknown>, client: string) {
  const captcha = await captchaFacts(db, input, client);
  if (!captcha.captchaPassed) return captcha;
  return { ...captcha, ...(await contactFacts(db, purpose, input, client)) };
}

/**
 * The facts of the three events every flow that verifies a contact has: the contact step (behind a
 * picture code when `captcha`), the code check and Resend, each counted against `purpose`'s budgets.
 * Undefined for any other event: the flow's own resolver answers those.
 */
export function verificationEventFacts(
  { db, type, input, context, client, now }: Parameters<FactsResolver>[0],
  purpose: CodePurpose,
  { captcha = true } = {},
) {
  switch (type) {
    case "SUBMIT_CONTACT":
      return captcha ? contactWithCaptchaFacts(db, purpose, input, client) : contactFacts(db, purpose, input, client);
    case "SUBMIT_CODE":
      return codeCheckFacts(db, purpose, context);
    case "RESEND":
      return resendFacts(db, purpose, context, client, now);
    default:
      return undefined;
  }
}
