import { eq } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { credit, hit, limits } from "@/lib/security/rate-limit";
import { solveCaptcha } from "@/lib/security/captcha";
import { normalizeEmail } from "@/lib/security/usernames";

/** Count a code send against the per-destination and per-client limits. */
export async function codeSendFacts(db: Queryable, target: string, client: string) {
  const perTarget = await hit(db, limits.codeSendsPerTarget, target.toLowerCase());
  const perClient = await hit(db, limits.codeSendsPerClient, client);
  const blocked = [perTarget, perClient].filter((r) => !r.allowed).map((r) => (r.allowed ? 0 : r.retryAt));
  return blocked.length ? { sendLimitedUntil: Math.max(...blocked) } : {};
}

/** Whether an email address or an E.164 phone number already belongs to an account. */
export async function contactTaken(db: Queryable, target: string): Promise<boolean> {
  const where = target.startsWith("+") ? eq(users.phone, target) : eq(users.emailLower, normalizeEmail(target));
  const [row] = await db.select({ id: users.id }).from(users).where(where).limit(1);
  return !!row;
}

/** Count a code check against the per-destination daily limit, before the code is compared. */
export async function codeCheckFacts(db: Queryable, context: Record<string, unknown>) {
  const target = (context.contact as { target: string } | undefined)?.target;
  if (!target) return {};
  const r = await hit(db, limits.codeChecksPerTarget, target.toLowerCase());
  return r.allowed ? {} : { codeChecksBlockedUntil: r.retryAt };
}

/** Facts for Resend: nothing (the machine refuses) while the cooldown runs, so it uses up no limit. */
export async function resendFacts(db: Queryable, context: Record<string, unknown>, client: string, now: number) {
  const target = (context.contact as { target: string } | undefined)?.target;
  const resendAt = (context.verification as { resendAt: number } | undefined)?.resendAt ?? 0;
  if (!target || now < resendAt) return {};
  return { ...(await codeSendFacts(db, target, client)), accountExists: await contactTaken(db, target) };
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

/** The contact step: count the send against the limits and look up whether the contact has an account. */
export async function contactFacts(db: Queryable, input: Record<string, unknown>, client: string) {
  const target = typeof input.phone === "string" ? input.phone : normalizeEmail(String(input.email));
  return { ...(await codeSendFacts(db, target, client)), accountExists: await contactTaken(db, target) };
}

/** The contact step behind a picture code: nothing is counted or looked up until the picture is right. */
export async function contactWithCaptchaFacts(db: Queryable, input: Record<string, unknown>, client: string) {
  const captcha = await captchaFacts(db, input, client);
  if (!captcha.captchaPassed) return captcha;
  return { ...captcha, ...(await contactFacts(db, input, client)) };
}
