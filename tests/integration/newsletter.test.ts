import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { emailTokens, mailbox, newsletterSubscriptions, outbox, users } from "@/lib/db/schema";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { advanceClock, now, resetClock } from "@/lib/clock";
import { config } from "@/lib/config";
import { hashSecret } from "@/lib/security/secrets";
import {
  checkConfirmToken,
  checkUnsubscribeToken,
  confirmNewsletter,
  getNewsletterState,
  newsletterOptInLimit,
  NEWSLETTER_WORDING,
  queueNewsletterEmail,
  requestNewsletterOptIn,
  setNewsletter,
  unsubscribe,
} from "@/lib/newsletter";
import { POST as oneClickPost, GET as oneClickGet } from "@/app/api/newsletter/unsubscribe/route";
import { useFreshDatabase } from "./db";

const fresh = useFreshDatabase();
let db: Db;
let n = 0;
const base = () => config.appUrl.replace(/\/$/, "");
const DAY = 24 * 60 * 60_000;

beforeAll(async () => {
  db = await fresh.setup();
});
afterAll(() => fresh.teardown());
beforeEach(() => resetClock());

async function createUser(opts: { email?: string | null } = {}) {
  const tag = `nl${++n}${Math.floor(Math.random() * 1e6)}`;
  const email = opts.email === undefined ? `${tag}@example.com` : opts.email;
  const [row] = await db
    .insert(users)
    .values({
      username: tag,
      usernameLower: tag,
      email,
      emailLower: email?.toLowerCase() ?? null,
      phone: email ? null : `+1201555${String(n).padStart(4, "0")}`,
      country: "US",
      passwordHash: "not-a-real-hash",
      termsVersion: "test",
    })
    .returning({ id: users.id });
  return { id: row.id, email: email as string };
}

async function optIn(userId: string, email: string, origin = `test:${++n}`) {
  await db.transaction((tx) => requestNewsletterOptIn(tx, { userId, email, wording: NEWSLETTER_WORDING, origin }));
  return origin;
}

const outboxFor = (to: string) => db.select().from(outbox).where(eq(outbox.recipient, to)).orderBy(outbox.id);
const mailFor = (to: string) => db.select().from(mailbox).where(eq(mailbox.recipient, to.toLowerCase())).orderBy(mailbox.id);
const subscriptionOf = async (userId: string) =>
  (await db.select().from(newsletterSubscriptions).where(eq(newsletterSubscriptions.userId, userId)))[0];

/** Deliver everything to the local mailbox and return the newest message for `to`. */
async function deliverAndRead(to: string) {
  await dispatchDue(db);
  const messages = await mailFor(to);
  return messages[messages.length - 1];
}

const tokenIn = (text: string, path: string) => {
  const m = new RegExp(`${path.replace(/\//g, "\\/")}\\?token=([\\w-]+)`).exec(text);
  if (!m) throw new Error(`no ${path} link in: ${text}`);
  return m[1];
};

/** Opt in, deliver and confirm: returns the tokens the person received. */
async function subscribed(user: { id: string; email: string }) {
  await optIn(user.id, user.email);
  const confirmMail = await deliverAndRead(user.email);
  const confirmToken = tokenIn(confirmMail.text, "/newsletter/confirm");
  expect(await confirmNewsletter(confirmToken)).toEqual({ status: "subscribed", email: user.email });
  const welcome = await deliverAndRead(user.email);
  expect(welcome.subject).toBe("You are subscribed to the Gatehouse newsletter");
  return { confirmToken, unsubscribeToken: tokenIn(welcome.text, "/newsletter/unsubscribe"), welcome };
}

describe("newsletter double opt-in", () => {
  it("records the consent wording and time as pending and queues one confirmation email", async () => {
    const user = await createUser();
    const before = now();
    const origin = await optIn(user.id, user.email);

    const sub = await subscriptionOf(user.id);
    expect(sub).toMatchObject({ status: "pending", email: user.email, consentWording: NEWSLETTER_WORDING, confirmedAt: null });
    expect(sub.consentAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(sub.consentAt.getTime()).toBeLessThanOrEqual(now());

    const tokens = await db.select().from(emailTokens).where(eq(emailTokens.userId, user.id));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ purpose: "newsletter-confirm", email: user.email, usedAt: null });
    expect(tokens[0].expiresAt.getTime()).toBe(sub.consentAt.getTime() + 7 * DAY);

    const queued = await outboxFor(user.email);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ idempotencyKey: `newsletter-confirm:${origin}`, template: "newsletter-confirm", channel: "email" });
    const secret = (queued[0].payload as { secret: { confirmToken: string; unsubscribeToken: string } }).secret;
    // Only hashes at rest; the plaintext tokens sit in the payload's `secret` until delivery.
    expect(tokens[0].tokenHash).toBe(hashSecret("newsletter-confirm", secret.confirmToken));
    expect(tokens[0].tokenHash).not.toContain(secret.confirmToken);
    expect(sub.unsubscribeTokenHash).toBe(hashSecret("newsletter-unsubscribe", secret.unsubscribeToken));
    expect(await getNewsletterState(user.id)).toMatchObject({ status: "pending", consentWording: NEWSLETTER_WORDING });
  });

  it("records the exact wording the caller showed, and the confirm page quotes it", async () => {
    const user = await createUser();
    const wording = "Send me the installer newsletter. I can unsubscribe at any time.";
    await db.transaction((tx) => requestNewsletterOptIn(tx, { userId: user.id, email: user.email, wording, origin: `w:${user.id}` }));
    expect((await subscriptionOf(user.id)).consentWording).toBe(wording);
    const mail = await deliverAndRead(user.email);
    expect(mail.text).toContain(wording);
    expect(await checkConfirmToken(tokenIn(mail.text, "/newsletter/confirm"))).toEqual({ status: "valid", wording });
  });

  it("uses only the caller's transaction: a rolled-back registration leaves no consent, token or email", async () => {
    const user = await createUser();
    await expect(
      db.transaction(async (tx) => {
        await requestNewsletterOptIn(tx, { userId: user.id, email: user.email, wording: NEWSLETTER_WORDING, origin: "rolled-back" });
        throw new Error("registration failed later in the same step");
      }),
    ).rejects.toThrow("registration failed");
    expect(await subscriptionOf(user.id)).toBeUndefined();
    expect(await db.select().from(emailTokens).where(eq(emailTokens.userId, user.id))).toHaveLength(0);
    expect(await outboxFor(user.email)).toHaveLength(0);
  });

  it("the same origin twice queues one email", async () => {
    const user = await createUser();
    await optIn(user.id, user.email, "flow-x:3");
    await optIn(user.id, user.email, "flow-x:3");
    expect(await outboxFor(user.email)).toHaveLength(1);
    expect(await db.select().from(emailTokens).where(eq(emailTokens.userId, user.id))).toHaveLength(1);
  });

  it("delivers the confirmation with the links and List-Unsubscribe headers, and scrubs the tokens from the outbox", async () => {
    const user = await createUser();
    await optIn(user.id, user.email);
    const [queued] = await outboxFor(user.email);
    const secret = (queued.payload as { secret: { confirmToken: string; unsubscribeToken: string } }).secret;

    const mail = await deliverAndRead(user.email);
    expect(mail.subject).toBe("Confirm your Gatehouse newsletter subscription");
    expect(mail.text).toContain(`${base()}/newsletter/confirm?token=${secret.confirmToken}`);
    expect(mail.text).toContain(`${base()}/newsletter/unsubscribe?token=${secret.unsubscribeToken}`);
    expect(mail.text).toContain(NEWSLETTER_WORDING);
    expect(mail.html).toContain(`/newsletter/confirm?token=${secret.confirmToken}`);
    expect(mail.html).toContain(`/newsletter/unsubscribe?token=${secret.unsubscribeToken}`);
    expect(mail.headers).toEqual({
      "List-Unsubscribe": `<${base()}/api/newsletter/unsubscribe?token=${secret.unsubscribeToken}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });

    const [after] = await db.select().from(outbox).where(eq(outbox.id, queued.id));
    expect(after.status).toBe("sent");
    expect(after.payload).toEqual({ wording: NEWSLETTER_WORDING, validDays: 7 });
    const atRest = JSON.stringify(after);
    expect(atRest).not.toContain(secret.confirmToken);
    expect(atRest).not.toContain(secret.unsubscribeToken);
  });

  it("confirming subscribes once, queues the subscribed email with its unsubscribe link and headers", async () => {
    const user = await createUser();
    await optIn(user.id, user.email);
    const confirmToken = tokenIn((await deliverAndRead(user.email)).text, "/newsletter/confirm");

    expect(await checkConfirmToken(confirmToken)).toEqual({ status: "valid", wording: NEWSLETTER_WORDING });
    expect(await confirmNewsletter(confirmToken)).toEqual({ status: "subscribed", email: user.email });
    const sub = await subscriptionOf(user.id);
    expect(sub.status).toBe("subscribed");
    expect(sub.confirmedAt).toBeInstanceOf(Date);
    expect(sub.consentWording).toBe(NEWSLETTER_WORDING);

    // Single use.
    expect(await confirmNewsletter(confirmToken)).toEqual({ status: "invalid" });
    expect(await checkConfirmToken(confirmToken)).toEqual({ status: "invalid" });

    const queued = await outboxFor(user.email);
    expect(queued.map((r) => r.template)).toEqual(["newsletter-confirm", "newsletter-subscribed"]);
    const unsubscribeToken = (queued[1].payload as { secret: { unsubscribeToken: string } }).secret.unsubscribeToken;
    const welcome = await deliverAndRead(user.email);
    expect(welcome.subject).toBe("You are subscribed to the Gatehouse newsletter");
    expect(welcome.text).toContain(`${base()}/newsletter/unsubscribe?token=${unsubscribeToken}`);
    expect(welcome.headers).toEqual({
      "List-Unsubscribe": `<${base()}/api/newsletter/unsubscribe?token=${unsubscribeToken}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    const [after] = await db.select().from(outbox).where(eq(outbox.id, queued[1].id));
    expect(after.payload).toEqual({});
    expect(await outboxFor(user.email)).toHaveLength(2);
  });

  it("two confirmations of the same link at once subscribe once and send one email", async () => {
    const user = await createUser();
    await optIn(user.id, user.email);
    const token = tokenIn((await deliverAndRead(user.email)).text, "/newsletter/confirm");
    const results = await Promise.all([confirmNewsletter(token), confirmNewsletter(token)]);
    expect(results.map((r) => r.status).sort()).toEqual(["invalid", "subscribed"]);
    expect((await outboxFor(user.email)).filter((r) => r.template === "newsletter-subscribed")).toHaveLength(1);
  });

  it("a confirmation racing an unsubscribe neither fails nor leaves the person subscribed", async () => {
    for (let i = 0; i < 3; i++) {
      const user = await createUser();
      await optIn(user.id, user.email);
      const mail = await deliverAndRead(user.email);
      const [confirmed, unsubscribed] = await Promise.all([
        confirmNewsletter(tokenIn(mail.text, "/newsletter/confirm")),
        unsubscribe(tokenIn(mail.text, "/newsletter/unsubscribe")),
      ]);
      expect(["subscribed", "invalid"]).toContain(confirmed.status);
      expect(unsubscribed.status).toBe("unsubscribed");
      expect((await subscriptionOf(user.id)).status).toBe("unsubscribed");
    }
  });

  it("a confirmation link expires after 7 days", async () => {
    const early = await createUser();
    await optIn(early.id, early.email);
    const late = await createUser();
    await optIn(late.id, late.email);
    await dispatchDue(db);
    const earlyToken = tokenIn((await mailFor(early.email))[0].text, "/newsletter/confirm");
    const lateToken = tokenIn((await mailFor(late.email))[0].text, "/newsletter/confirm");

    advanceClock(7 * DAY - 60_000);
    expect(await confirmNewsletter(earlyToken)).toMatchObject({ status: "subscribed" });
    advanceClock(2 * 60_000);
    expect(await checkConfirmToken(lateToken)).toEqual({ status: "expired" });
    expect(await confirmNewsletter(lateToken)).toEqual({ status: "expired" });
    expect((await subscriptionOf(late.id)).status).toBe("pending");
    expect((await outboxFor(late.email)).map((r) => r.template)).toEqual(["newsletter-confirm"]);
  });

  it("unknown and malformed tokens are refused without errors", async () => {
    expect(await confirmNewsletter("x".repeat(43))).toEqual({ status: "invalid" });
    expect(await confirmNewsletter("not a token; drop table users")).toEqual({ status: "invalid" });
    expect(await confirmNewsletter("")).toEqual({ status: "invalid" });
    expect(await unsubscribe("y".repeat(43))).toEqual({ status: "invalid" });
    expect(await unsubscribe("'><script>")).toEqual({ status: "invalid" });
    expect(await checkUnsubscribeToken("")).toBe("invalid");
    expect(await checkConfirmToken("z".repeat(500))).toEqual({ status: "invalid" });
  });

  it("an already subscribed person stays subscribed and gets no email when asked again", async () => {
    const user = await createUser();
    await subscribed(user);
    const before = await subscriptionOf(user.id);
    await optIn(user.id, user.email);
    expect(await subscriptionOf(user.id)).toEqual(before);
    expect(await outboxFor(user.email)).toHaveLength(2);
    expect(await setNewsletter(user.id, true)).toBe("already_subscribed");
    expect(await outboxFor(user.email)).toHaveLength(2);
  });

  it("a new request replaces the earlier confirmation link", async () => {
    const user = await createUser();
    await optIn(user.id, user.email);
    const first = tokenIn((await deliverAndRead(user.email)).text, "/newsletter/confirm");
    advanceClock(5_000);
    await optIn(user.id, user.email);
    const second = tokenIn((await deliverAndRead(user.email)).text, "/newsletter/confirm");
    expect(second).not.toBe(first);
    expect(await confirmNewsletter(first)).toEqual({ status: "invalid" });
    expect(await confirmNewsletter(second)).toMatchObject({ status: "subscribed" });
  });

  it("unsubscribes with the token from the email, without signing in, and again harmlessly", async () => {
    const user = await createUser();
    const { unsubscribeToken } = await subscribed(user);
    expect(await checkUnsubscribeToken(unsubscribeToken)).toBe("subscribed");
    expect(await unsubscribe(unsubscribeToken)).toEqual({ status: "unsubscribed", email: user.email });
    const sub = await subscriptionOf(user.id);
    expect(sub.status).toBe("unsubscribed");
    expect(sub.unsubscribedAt).toBeInstanceOf(Date);
    expect(await getNewsletterState(user.id)).toMatchObject({ status: "unsubscribed" });
    // Clicking the link again keeps the first time.
    expect(await unsubscribe(unsubscribeToken)).toEqual({ status: "unsubscribed", email: user.email });
    expect((await subscriptionOf(user.id)).unsubscribedAt).toEqual(sub.unsubscribedAt);
    // Future newsletters skip the person.
    expect(await queueNewsletterEmail(db, { userId: user.id, template: "newsletter-subscribed", idempotencyKey: `issue-1:${user.id}` })).toBe(false);
  });

  it("unsubscribing while pending voids the confirmation link", async () => {
    const user = await createUser();
    await optIn(user.id, user.email);
    const mail = await deliverAndRead(user.email);
    const confirmToken = tokenIn(mail.text, "/newsletter/confirm");
    expect(await unsubscribe(tokenIn(mail.text, "/newsletter/unsubscribe"))).toMatchObject({ status: "unsubscribed" });
    expect(await confirmNewsletter(confirmToken)).toEqual({ status: "invalid" });
    expect((await subscriptionOf(user.id)).status).toBe("unsubscribed");
  });

  it("the RFC 8058 one-click POST unsubscribes; a GET changes nothing; bad requests get clear answers", async () => {
    const user = await createUser();
    const { unsubscribeToken, welcome } = await subscribed(user);
    const headerUrl = /^<(.+)>$/.exec((welcome.headers as Record<string, string>)["List-Unsubscribe"])![1];
    expect(headerUrl).toBe(`${base()}/api/newsletter/unsubscribe?token=${unsubscribeToken}`);

    const get = await oneClickGet(new Request(headerUrl));
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toBe(`/newsletter/unsubscribe?token=${unsubscribeToken}`);
    expect((await subscriptionOf(user.id)).status).toBe("subscribed");

    const noBody = await oneClickPost(new Request(headerUrl, { method: "POST" }));
    expect(noBody.status).toBe(400);
    expect((await subscriptionOf(user.id)).status).toBe("subscribed");

    const form = { "content-type": "application/x-www-form-urlencoded" };
    const bogus = await oneClickPost(
      new Request(`${base()}/api/newsletter/unsubscribe?token=${"q".repeat(43)}`, { method: "POST", headers: form, body: "List-Unsubscribe=One-Click" }),
    );
    expect(bogus.status).toBe(404);
    expect(await bogus.text()).toMatch(/not valid/);

    const ok = await oneClickPost(new Request(headerUrl, { method: "POST", headers: form, body: "List-Unsubscribe=One-Click" }));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("You are unsubscribed.");
    expect((await subscriptionOf(user.id)).status).toBe("unsubscribed");

    // Multipart bodies are allowed by RFC 8058 too.
    await setNewsletter(user.id, true);
    const again = await subscriptionOf(user.id);
    expect(again.status).toBe("pending");
    const mail = await deliverAndRead(user.email);
    const body = new FormData();
    body.set("List-Unsubscribe", "One-Click");
    const multipart = await oneClickPost(
      new Request(`${base()}/api/newsletter/unsubscribe?token=${tokenIn(mail.text, "/newsletter/unsubscribe")}`, { method: "POST", body }),
    );
    expect(multipart.status).toBe(200);
    expect((await subscriptionOf(user.id)).status).toBe("unsubscribed");
  });

  it("setNewsletter: on sends a confirmation to the account email, off is immediate, on again asks again", async () => {
    const user = await createUser();
    expect(await getNewsletterState(user.id)).toMatchObject({ status: "none" });
    expect(await setNewsletter(user.id, false)).toBe("already_off");

    expect(await setNewsletter(user.id, true)).toBe("confirmation_sent");
    let sub = await subscriptionOf(user.id);
    expect(sub).toMatchObject({ status: "pending", email: user.email, consentWording: NEWSLETTER_WORDING });
    const firstMail = await deliverAndRead(user.email);
    expect(firstMail.subject).toBe("Confirm your Gatehouse newsletter subscription");
    const oldUnsubscribe = tokenIn(firstMail.text, "/newsletter/unsubscribe");

    expect(await setNewsletter(user.id, false)).toBe("unsubscribed");
    sub = await subscriptionOf(user.id);
    expect(sub.status).toBe("unsubscribed");
    expect(await confirmNewsletter(tokenIn(firstMail.text, "/newsletter/confirm"))).toEqual({ status: "invalid" });

    advanceClock(1_000);
    expect(await setNewsletter(user.id, true)).toBe("confirmation_sent");
    const secondMail = await deliverAndRead(user.email);
    expect(secondMail.id).not.toBe(firstMail.id);
    const again = await subscriptionOf(user.id);
    expect(again.status).toBe("pending");
    expect(again.consentAt.getTime()).toBeGreaterThan(sub.consentAt.getTime());
    // A new consent gets a new unsubscribe link; the one from before it no longer applies.
    expect(tokenIn(secondMail.text, "/newsletter/unsubscribe")).not.toBe(oldUnsubscribe);
    expect(await unsubscribe(oldUnsubscribe)).toEqual({ status: "invalid" });

    expect(await confirmNewsletter(tokenIn(secondMail.text, "/newsletter/confirm"))).toMatchObject({ status: "subscribed" });
    expect(await getNewsletterState(user.id)).toMatchObject({ status: "subscribed" });
    expect(await setNewsletter(user.id, false)).toBe("unsubscribed");
    expect(await getNewsletterState(user.id)).toMatchObject({ status: "unsubscribed" });
    expect(await setNewsletter(user.id, false)).toBe("already_off");
  });

  it("setNewsletter refuses an account without email and limits confirmation emails per hour", async () => {
    const phoneOnly = await createUser({ email: null });
    expect(await setNewsletter(phoneOnly.id, true)).toBe("no_email");
    expect(await subscriptionOf(phoneOnly.id)).toBeUndefined();

    const user = await createUser();
    for (let i = 0; i < newsletterOptInLimit.max; i++) expect(await setNewsletter(user.id, true)).toBe("confirmation_sent");
    expect(await setNewsletter(user.id, true)).toBe("limited");
    expect(await outboxFor(user.email)).toHaveLength(newsletterOptInLimit.max);
    advanceClock(newsletterOptInLimit.windowMs);
    expect(await setNewsletter(user.id, true)).toBe("confirmation_sent");
  });

  it("a future newsletter issue reaches subscribers with their working unsubscribe link", async () => {
    const user = await createUser();
    const { unsubscribeToken } = await subscribed(user);
    const pending = await createUser();
    await optIn(pending.id, pending.email);

    const key = `issue-2026-12:${user.id}`;
    expect(await queueNewsletterEmail(db, { userId: user.id, template: "newsletter-subscribed", idempotencyKey: key })).toBe(true);
    expect(await queueNewsletterEmail(db, { userId: user.id, template: "newsletter-subscribed", idempotencyKey: key })).toBe(false);
    expect(await queueNewsletterEmail(db, { userId: pending.id, template: "newsletter-subscribed", idempotencyKey: `issue:${pending.id}` })).toBe(false);
    await dispatchDue(db);
    const [issue] = await db.select().from(mailbox).where(and(eq(mailbox.idempotencyKey, key)));
    // The same link as in every earlier email of this subscription, derived again without storing it.
    expect(issue.text).toContain(`/newsletter/unsubscribe?token=${unsubscribeToken}`);
    expect((issue.headers as Record<string, string>)["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const [row] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, key));
    expect(JSON.stringify(row.payload)).not.toContain(unsubscribeToken);
  });
});
