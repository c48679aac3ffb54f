import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Queryable, type Tx } from "@/lib/db/client";
import { emailTokens, newsletterSubscriptions, outbox, users } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { notifyOutbox } from "@/lib/messaging/dispatcher";
import { enqueueMessage } from "@/lib/messaging/outbox";
import { hit, type Limit } from "@/lib/security/rate-limit";
import { hashSecret, randomToken } from "@/lib/security/secrets";
import type { NewsletterSecret } from "@/emails/newsletter";
import { translator } from "@/lib/messages";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/messages/locales";

/**
 * Newsletter consent with double opt-in.
 *
 * - Asking (at registration or from Me > About) records the exact wording (in the language the
 *   person was shown it, with that language) and the time as a
 *   `pending` subscription and emails a single-use confirmation link (valid 7 days). Only using
 *   that link makes it `subscribed`. Turning it off, or the unsubscribe link, is immediate.
 * - Every newsletter email carries an unsubscribe link. Its token is bound to one consent: it is
 *   HMAC(AUTH_SECRET, user id + consent time), so the server can put it in any later newsletter
 *   without keeping it, while the table holds only its hash (`unsubscribe_token_hash`, which is
 *   how a link finds its subscription). Outbox rows carry it under `payload.secret`, which the
 *   dispatcher deletes on delivery. A new consent (after unsubscribing, or a repeated request
 *   while pending) gets a new token; links from before stop working.
 * - Unsubscribing also voids any confirmation link still outstanding, so an old email cannot
 *   subscribe the person again.
 */

export const NEWSLETTER_WORDING =
  "I would like to receive newsletters about products, events and offers. I can unsubscribe at any time.";

/** The consent wording as Me > About shows it in `locale` (account.about.wording; English is NEWSLETTER_WORDING). */
export function newsletterWording(locale: Locale): string {
  return translator(locale).t("account.about.wording");
}

export const NEWSLETTER_CONFIRM_PURPOSE = "newsletter-confirm";
export const NEWSLETTER_CONFIRM_VALID_DAYS = 7;
const CONFIRM_VALID_MS = NEWSLETTER_CONFIRM_VALID_DAYS * 24 * 60 * 60_000;

/** Confirmation emails a person can ask for from the settings page. */
export const newsletterOptInLimit: Limit = { name: "newsletter-optin-user", max: 10, windowMs: 60 * 60_000 };

/** Shape of the tokens in our links (base64url); anything else is refused before touching the database. */
export const newsletterToken = z.string().trim().regex(/^[A-Za-z0-9_-]{20,128}$/);

export type NewsletterStatus = "none" | "pending" | "subscribed" | "unsubscribed";

export type NewsletterState = {
  status: NewsletterStatus;
  /** The address the subscription is for (null when there is none). */
  email: string | null;
  /** The words the person agreed to, in the language they were shown in (`consentLocale`; null before languages: English). */
  consentWording: string | null;
  consentLocale: string | null;
  consentAt: Date | null;
  confirmedAt: Date | null;
};

export type ConfirmResult = { status: "subscribed"; email: string } | { status: "expired" } | { status: "invalid" };

export type UnsubscribeResult = { status: "unsubscribed"; email: string } | { status: "invalid" };

export type SetNewsletterResult =
  /** A confirmation email was queued; the subscription is pending until its link is used. */
  | "confirmation_sent"
  | "already_subscribed"
  | "unsubscribed"
  /** Off was asked for and it was already off. */
  | "already_off"
  /** The account has no email address to send to. */
  | "no_email"
  | "limited"
  | "unknown_user";

const confirmHash = (token: string) => hashSecret("newsletter-confirm", token);
const unsubscribeHash = (token: string) => hashSecret("newsletter-unsubscribe", token);

/** The unsubscribe token of one consent (see the comment at the top). */
function unsubscribeTokenFor(userId: string, consentAt: Date): string {
  return hashSecret("newsletter-unsubscribe-link", `${userId}\0${consentAt.getTime()}`);
}

/**
 * Record consent and send the confirmation email, inside the caller's transaction (nothing here
 * commits on its own). `origin` names the request (e.g. the registration flow's
 * `<instance>:<revision>`); the outbox key is `newsletter-confirm:<origin>` and a second call
 * with the same origin does nothing. A person who is already subscribed stays so and gets no email.
 * The caller should call `notifyOutbox()` after commit to send it at once (else the next poll does).
 */
export async function requestNewsletterOptIn(
  tx: Tx,
  /** `locale`: the language `wording` was shown in (English when not given). */
  args: { userId: string; email: string; wording: string; locale?: Locale; origin: string },
): Promise<void> {
  await optIn(tx, args);
}

async function optIn(
  tx: Tx,
  { userId, email, wording, locale = DEFAULT_LOCALE, origin }: { userId: string; email: string; wording: string; locale?: Locale; origin: string },
): Promise<"queued" | "already_subscribed" | "duplicate"> {
  const address = email.trim();
  if (!address.includes("@")) throw new Error("requestNewsletterOptIn needs an email address");
  if (!wording.trim()) throw new Error("requestNewsletterOptIn needs the consent wording the person saw");
  if (!origin) throw new Error("requestNewsletterOptIn needs an origin");
  const idempotencyKey = `newsletter-confirm:${origin}`;
  const [seen] = await tx.select({ id: outbox.id }).from(outbox).where(eq(outbox.idempotencyKey, idempotencyKey));
  if (seen) return "duplicate";

  const at = new Date(now());
  const unsubscribeToken = unsubscribeTokenFor(userId, at);
  const fresh = {
    email: address,
    status: "pending",
    consentWording: wording,
    consentLocale: locale,
    consentAt: at,
    confirmedAt: null,
    unsubscribeTokenHash: unsubscribeHash(unsubscribeToken),
    updatedAt: at,
  };
  // One statement, so two requests at once cannot both insert; a subscribed row is left alone.
  const [row] = await tx
    .insert(newsletterSubscriptions)
    .values({ userId, ...fresh })
    .onConflictDoUpdate({
      target: newsletterSubscriptions.userId,
      set: fresh,
      setWhere: sql`${newsletterSubscriptions.status} <> 'subscribed'`,
    })
    .returning({ id: newsletterSubscriptions.id });
  if (!row) return "already_subscribed";

  // The newest confirmation email replaces earlier ones (their unsubscribe links changed too).
  await voidConfirmLinks(tx, userId, at);
  const confirmToken = randomToken();
  await tx.insert(emailTokens).values({
    tokenHash: confirmHash(confirmToken),
    purpose: NEWSLETTER_CONFIRM_PURPOSE,
    userId,
    email: address,
    expiresAt: new Date(at.getTime() + CONFIRM_VALID_MS),
  });
  const secret: NewsletterSecret = { confirmToken, unsubscribeToken };
  await enqueueMessage(tx, {
    idempotencyKey,
    channel: "email",
    to: address,
    template: "newsletter-confirm",
    data: { wording, validDays: NEWSLETTER_CONFIRM_VALID_DAYS, secret },
    forAccount: userId,
  });
  return "queued";
}

async function voidConfirmLinks(tx: Queryable, userId: string, at: Date) {
  await tx
    .update(emailTokens)
    .set({ usedAt: at })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, NEWSLETTER_CONFIRM_PURPOSE), isNull(emailTokens.usedAt)));
}

/**
 * Queue a newsletter email (the "you are subscribed" message, or a future issue) for one person,
 * with their unsubscribe token under `payload.secret` so the template can build the link and the
 * List-Unsubscribe headers. Only a `subscribed` person gets it. `template` must be registered with
 * `newsletterTemplate(...)` in emails/newsletter.ts. Returns whether a row was queued.
 */
export async function queueNewsletterEmail(
  db: Queryable,
  args: { userId: string; template: string; idempotencyKey: string; data?: Record<string, unknown> },
): Promise<boolean> {
  const [sub] = await db.select().from(newsletterSubscriptions).where(eq(newsletterSubscriptions.userId, args.userId));
  if (!sub || sub.status !== "subscribed") return false;
  const secret: NewsletterSecret = { unsubscribeToken: unsubscribeTokenFor(sub.userId, sub.consentAt) };
  return enqueueMessage(db, {
    idempotencyKey: args.idempotencyKey,
    channel: "email",
    to: sub.email,
    template: args.template,
    data: { ...args.data, secret },
    ifQueued: "skip",
    forAccount: sub.userId,
  });
}

export type ConfirmTokenCheck = { status: "valid"; wording: string } | { status: "expired" } | { status: "invalid" };

/**
 * What the confirmation page may say about a token, without using it (GET must change nothing):
 * for a live link, the wording the person agreed to.
 */
export async function checkConfirmToken(token: string): Promise<ConfirmTokenCheck> {
  const parsed = newsletterToken.safeParse(token);
  if (!parsed.success) return { status: "invalid" };
  const db = await getDb();
  const [t] = await db
    .select({ usedAt: emailTokens.usedAt, expiresAt: emailTokens.expiresAt, wording: newsletterSubscriptions.consentWording })
    .from(emailTokens)
    .leftJoin(newsletterSubscriptions, eq(newsletterSubscriptions.userId, emailTokens.userId))
    .where(and(eq(emailTokens.tokenHash, confirmHash(parsed.data)), eq(emailTokens.purpose, NEWSLETTER_CONFIRM_PURPOSE)));
  if (!t || t.usedAt || !t.wording) return { status: "invalid" };
  if (t.expiresAt.getTime() <= now()) return { status: "expired" };
  return { status: "valid", wording: t.wording };
}

/** Use a confirmation link: once, before it expires. Queues the "you are subscribed" email. */
export async function confirmNewsletter(token: string): Promise<ConfirmResult> {
  const parsed = newsletterToken.safeParse(token);
  if (!parsed.success) return { status: "invalid" };
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<ConfirmResult> => {
    const at = new Date(now());
    const tokenHash = confirmHash(parsed.data);
    const [owner] = await tx
      .select({ userId: emailTokens.userId })
      .from(emailTokens)
      .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, NEWSLETTER_CONFIRM_PURPOSE)));
    if (!owner) return { status: "invalid" };
    // Locks in the same order as every other writer here (subscription row, then its tokens), so
    // a confirmation racing an unsubscribe waits instead of deadlocking, and a double submission
    // waits, then sees the token used.
    const [sub] = await tx
      .select()
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.userId, owner.userId))
      .for("update");
    const [t] = await tx.select().from(emailTokens).where(eq(emailTokens.tokenHash, tokenHash)).for("update");
    if (!t || t.usedAt) return { status: "invalid" };
    if (t.expiresAt.getTime() <= at.getTime()) return { status: "expired" };
    await tx.update(emailTokens).set({ usedAt: at }).where(eq(emailTokens.tokenHash, t.tokenHash));
    // Newer requests and unsubscribing void older links, so a live token means this pending row.
    if (!sub || sub.status !== "pending" || sub.email.toLowerCase() !== t.email.toLowerCase()) return { status: "invalid" };
    await tx
      .update(newsletterSubscriptions)
      .set({ status: "subscribed", confirmedAt: at, updatedAt: at })
      .where(eq(newsletterSubscriptions.id, sub.id));
    await queueNewsletterEmail(tx, {
      userId: sub.userId,
      template: "newsletter-subscribed",
      idempotencyKey: `newsletter-subscribed:${sub.id}:${at.getTime()}`,
    });
    return { status: "subscribed", email: sub.email };
  });
  if (result.status === "subscribed") notifyOutbox();
  return result;
}

async function endSubscription(tx: Tx, userId: string, at: Date) {
  await tx
    .update(newsletterSubscriptions)
    .set({ status: "unsubscribed", unsubscribedAt: at, updatedAt: at })
    .where(and(eq(newsletterSubscriptions.userId, userId), ne(newsletterSubscriptions.status, "unsubscribed")));
  await voidConfirmLinks(tx, userId, at);
}

/** What the unsubscribe page may say about a token before the button is pressed (changes nothing). */
export async function checkUnsubscribeToken(token: string): Promise<"subscribed" | "pending" | "unsubscribed" | "invalid"> {
  const parsed = newsletterToken.safeParse(token);
  if (!parsed.success) return "invalid";
  const db = await getDb();
  const [sub] = await db
    .select({ status: newsletterSubscriptions.status })
    .from(newsletterSubscriptions)
    .where(eq(newsletterSubscriptions.unsubscribeTokenHash, unsubscribeHash(parsed.data)));
  return sub ? (sub.status as "subscribed" | "pending" | "unsubscribed") : "invalid";
}

/** The unsubscribe link (page button or RFC 8058 one-click POST): no sign-in, immediate, repeatable. */
export async function unsubscribe(token: string): Promise<UnsubscribeResult> {
  const parsed = newsletterToken.safeParse(token);
  if (!parsed.success) return { status: "invalid" };
  const db = await getDb();
  return db.transaction(async (tx): Promise<UnsubscribeResult> => {
    const [sub] = await tx
      .select()
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.unsubscribeTokenHash, unsubscribeHash(parsed.data)))
      .for("update");
    if (!sub) return { status: "invalid" };
    await endSubscription(tx, sub.userId, new Date(now()));
    return { status: "unsubscribed", email: sub.email };
  });
}

/**
 * The switch on Me > About. On: a new double opt-in with the account's email (a repeat while
 * pending sends a fresh confirmation email; at most `newsletterOptInLimit` an hour). Off: immediate.
 */
export async function setNewsletter(userId: string, on: boolean, locale: Locale = DEFAULT_LOCALE): Promise<SetNewsletterResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<SetNewsletterResult> => {
    // Serialises two saves from the same person.
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) return "unknown_user";
    const [sub] = await tx
      .select({ status: newsletterSubscriptions.status })
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.userId, userId));
    if (!on) {
      if (!sub || sub.status === "unsubscribed") return "already_off";
      await endSubscription(tx, userId, new Date(now()));
      return "unsubscribed";
    }
    if (sub?.status === "subscribed") return "already_subscribed";
    if (!user.email) return "no_email";
    if (!(await hit(tx, newsletterOptInLimit, userId)).allowed) return "limited";
    const outcome = await optIn(tx, {
      userId,
      email: user.email,
      // What the page showed: the wording in the request's language.
      wording: newsletterWording(isLocale(locale) ? locale : DEFAULT_LOCALE),
      locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
      origin: `settings:${userId}:${randomToken(12)}`,
    });
    return outcome === "already_subscribed" ? "already_subscribed" : "confirmation_sent";
  });
  if (result === "confirmation_sent") notifyOutbox();
  return result;
}

/** The person's newsletter state, for the settings page. */
export async function getNewsletterState(userId: string, db?: Queryable): Promise<NewsletterState> {
  const q = db ?? (await getDb());
  const [sub] = await q.select().from(newsletterSubscriptions).where(eq(newsletterSubscriptions.userId, userId));
  if (!sub) return { status: "none", email: null, consentWording: null, consentLocale: null, consentAt: null, confirmedAt: null };
  return {
    status: sub.status as NewsletterStatus,
    email: sub.email,
    consentWording: sub.consentWording,
    consentLocale: sub.consentLocale,
    consentAt: sub.consentAt,
    confirmedAt: sub.confirmedAt,
  };
}
