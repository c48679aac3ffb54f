import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import {
  accountDeletions,
  accountEvents,
  authSessions,
  caseEvents,
  devices,
  mailbox,
  newsletterSubscriptions,
  supportCases,
  termsAcceptances,
  termsVersions,
  trustedDevices,
  users,
} from "@/lib/db/schema";
import { exportAccountData, exportFileName } from "@/lib/accounts/data-export";
import { translator } from "@/lib/messages";
import {
  GRACE_DAYS,
  cancelDeletionOnSignIn,
  listPendingDeletions,
  pendingDeletion,
  recentlyCancelledDeletion,
  requestDeletion,
  runDueDeletions,
} from "@/lib/accounts/deletion";
import { confirmationOptions } from "@/lib/accounts/passkeys";
import { requestDeletionWithPasskey } from "@/lib/accounts/passkey-deletion";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { registerSoftPasskey } from "./soft-authenticator";
import { consumeLoginToken, issueLoginToken, verifyCredentials } from "@/lib/auth/credentials";
import { createSession, liveSession } from "@/lib/auth/sessions";
import type { CaseDevice } from "@/lib/db/json-types";
import { advanceClock, resetClock } from "@/lib/clock";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { photoExists, savePhoto } from "@/lib/uploads/store";
import { useFlowDatabase, insertAccount } from "./db";

const PASSWORD = "Data-Passw0rd-1";
const DAY = 24 * 60 * 60_000;
const database = useFlowDatabase();
let n = 0;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(os.tmpdir(), "gatehouse-deletion-"));
});
afterAll(() => resetClock());

/** An account with something in every table the export and the deletion cover. */
async function fullAccount() {
  const db = database();
  const u = await insertAccount(db, `data_${++n}`, PASSWORD, { phone: `+1201555${String(1000 + n)}`, fullName: "Dana Example" });
  const email = u.email!;
  const sessionId = await createSession(u.id, { userAgent: "Mozilla/5.0 Firefox/140.0", clientAddress: "198.51.100.7" });
  await db.insert(trustedDevices).values({ userId: u.id, tokenHash: "secret-device-hash", expiresAt: new Date(Date.now() + 30 * DAY) });
  await db.insert(termsVersions).values({ version: `t${n}`, summary: "Terms wording shown at acceptance" }).onConflictDoNothing();
  await db.insert(termsAcceptances).values({ userId: u.id, version: `t${n}` });
  await db.insert(newsletterSubscriptions).values({
    userId: u.id,
    email,
    status: "subscribed",
    consentWording: "Send me the newsletter",
    consentAt: new Date(),
    unsubscribeTokenHash: `unsubscribe-hash-${n}`,
  });
  await db.insert(devices).values({ ownerId: u.id, serial: `DS-${n}`, name: "Front door" });
  await db.insert(accountEvents).values({ userId: u.id, type: "email_changed", detail: { from: "old@example.com", to: email } });
  const photoId = await savePhoto(Buffer.from("not really a jpeg, only bytes on disk"));
  const [c] = await db
    .insert(supportCases)
    .values({ userId: u.id, userEmail: email, device: { serial: `DS-${n}` } as CaseDevice, serial: `DS-${n}`, photoId, status: "in_review", resetCodeSealed: "sealed-reset-code" })
    .returning();
  await db.insert(caseEvents).values([
    { caseId: c.id, actorId: u.id, actorRole: "customer", type: "reply", visibility: "customer", body: "Here is the label" },
    { caseId: c.id, actorId: null, actorRole: "agent", type: "note", visibility: "internal", body: "internal desk note" },
  ]);
  return { user: u, sessionId, photoId, caseId: c.id };
}

describe("Download my data", () => {
  it("holds the language chosen on the account", async () => {
    const { user } = await fullAccount();
    await database().update(users).set({ locale: "de" }).where(eq(users.id, user.id));
    expect((await exportAccountData(user.id))!.account.language).toBe("de");
  });


  it("holds the account, contacts, consents with wording and time, sessions, devices, cases with messages, and events", async () => {
    const { user } = await fullAccount();
    const data = (await exportAccountData(user.id))!;
    expect(data.account).toMatchObject({ username: user.username, email: user.email, fullName: "Dana Example", language: null });
    expect(data.contacts.map((c) => c.kind)).toEqual(["email", "phone"]);
    expect(data.consents.find((c) => c.kind === "terms_of_service")).toMatchObject({ wording: "Terms wording shown at acceptance" });
    expect(data.consents.find((c) => c.kind === "newsletter")).toMatchObject({ wording: "Send me the newsletter", status: "subscribed" });
    expect(data.consents.every((c) => c.at instanceof Date)).toBe(true);
    expect(data.sessions).toHaveLength(1);
    expect(data.trustedDevices).toHaveLength(1);
    expect(data.devices[0]).toMatchObject({ name: "Front door" });
    expect(data.cases[0].messages.map((m) => m.body)).toEqual(["Here is the label"]);
    expect(data.accountEvents[0]).toMatchObject({ type: "email_changed" });
  });

  it("holds no secrets: no hashes, tokens, sealed codes or internal notes", async () => {
    const { user } = await fullAccount();
    const text = JSON.stringify(await exportAccountData(user.id));
    expect(text).not.toContain(user.passwordHash);
    for (const secret of ["secret-device-hash", "unsubscribe-hash", "sealed-reset-code", "internal desk note", "passwordHash", "tokenHash"]) expect(text).not.toContain(secret);
  });

  it("names the file after the user name, safely", () => {
    expect(exportFileName('a"b/../c')).toMatch(/^gatehouse-data-a_b_.._c-\d{4}-\d{2}-\d{2}\.json$/);
  });
});

describe("Delete my account", () => {
  it("needs the right password", async () => {
    const { user } = await fullAccount();
    const refused = await requestDeletion(user.id, "wrong-password");
    expect(refused).toEqual({ ok: false, message: "The password is not right.", reason: { key: "account.errors.passwordWrong" } });
    // The page says it in the reader's language from the code, not by matching the English.
    if (!refused.ok) expect(translator("de").t(refused.reason.key, refused.reason.values)).toBe("Das Passwort ist nicht richtig.");
    expect(await pendingDeletion(user.id)).toBeUndefined();
  });

  it("can be confirmed with one of the account's own passkeys instead of the password, not another account's", async () => {
    const { user, sessionId } = await fullAccount();
    const mine = await registerSoftPasskey(user.id);
    const other = await insertAccount(database(), `data_other_${++n}`, PASSWORD);
    const theirs = await registerSoftPasskey(other.id);
    expect(await confirmationOptions((await insertAccount(database(), `data_none_${++n}`, PASSWORD)).id)).toBeNull();
    const ask = async (userId: string) => (await confirmationOptions(userId))!;

    // Only the account's own passkeys are offered, and an answer from another account's is refused.
    let asked = await ask(user.id);
    expect(asked.options.allowCredentials?.map((c) => c.id)).toEqual([isoBase64URL.fromBuffer(new Uint8Array(mine.credentialId))]);
    expect(await requestDeletionWithPasskey(user.id, { challengeId: asked.challengeId, response: theirs.assert(asked.options.challenge) })).toMatchObject({
      ok: false,
      reason: { key: "passkeys.errors.other_account" },
    });
    // That challenge is used up; one issued to another account does not serve this one.
    expect(await requestDeletionWithPasskey(user.id, { challengeId: asked.challengeId, response: mine.assert(asked.options.challenge) })).toMatchObject({ ok: false, reason: { key: "passkeys.errors.expired" } });
    const othersChallenge = await ask(other.id);
    expect(await requestDeletionWithPasskey(user.id, { challengeId: othersChallenge.challengeId, response: mine.assert(othersChallenge.options.challenge) })).toMatchObject({
      ok: false,
      reason: { key: "passkeys.errors.expired" },
    });
    expect(await pendingDeletion(user.id)).toBeUndefined();

    asked = await ask(user.id);
    expect(await requestDeletionWithPasskey(user.id, { challengeId: asked.challengeId, response: mine.assert(asked.options.challenge) })).toMatchObject({ ok: true });
    expect(await pendingDeletion(user.id)).toBeDefined();
    expect(await liveSession(sessionId)).toBeNull();
    expect(await pendingDeletion(other.id)).toBeUndefined();
  });

  it("signs every session out, sends a notice, and waits the grace period", async () => {
    const { user, sessionId } = await fullAccount();
    const r = await requestDeletion(user.id, PASSWORD);
    expect(r.ok).toBe(true);
    expect(await liveSession(sessionId)).toBeNull();
    await dispatchDue(database());
    const [notice] = await database().select().from(mailbox).where(eq(mailbox.recipient, user.email!));
    expect(notice.subject).toBe("Your account will be deleted");
    expect(notice.text).toContain("Sign in before then");
    expect((await listPendingDeletions()).map((d) => d.username)).toContain(user.username);
    // A day before the end nothing happens.
    advanceClock((GRACE_DAYS - 1) * DAY);
    await runDueDeletions();
    expect((await database().select().from(users).where(eq(users.id, user.id)))[0].status).toBe("active");
    resetClock();
  });

  it("is cancelled by signing in during the grace period, and My Account says so", async () => {
    const { user } = await fullAccount();
    await requestDeletion(user.id, PASSWORD);
    advanceClock(3 * DAY);
    const token = await issueLoginToken(database(), user.id);
    expect(await consumeLoginToken(token)).toMatchObject({ id: user.id });
    expect(await pendingDeletion(user.id)).toBeUndefined();
    expect(await recentlyCancelledDeletion(user.id)).toBeDefined();
    advanceClock(GRACE_DAYS * DAY);
    await runDueDeletions();
    const [d] = await database().select().from(accountDeletions).where(eq(accountDeletions.userId, user.id));
    expect(d.status).toBe("cancelled");
    expect((await database().select().from(users).where(eq(users.id, user.id)))[0].email).toBe(user.email);
    resetClock();
  });

  it("after the grace period erases personal data, keeps a pseudonym, deletes photos, closes cases, frees the user name", async () => {
    const { user, photoId, caseId } = await fullAccount();
    await requestDeletion(user.id, PASSWORD);
    advanceClock(GRACE_DAYS * DAY + 60_000);
    const result = await runDueDeletions();
    resetClock();
    expect(result.erased).toBeGreaterThanOrEqual(1);
    const db = database();
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after).toMatchObject({ email: null, phone: null, fullName: null, status: "deleted" });
    expect(after.username).toMatch(/^deleted-[0-9a-f]{12}$/);
    const [d] = await db.select().from(accountDeletions).where(eq(accountDeletions.userId, user.id));
    expect(d).toMatchObject({ status: "done", pseudonym: after.username });
    expect(await photoExists(photoId)).toBe(false);
    const [c] = await db.select().from(supportCases).where(eq(supportCases.id, caseId));
    expect(c).toMatchObject({ status: "closed", userEmail: null, photoId: null, resetCodeSealed: null });
    const events = await db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events.at(-1)).toMatchObject({ type: "account_deleted", detail: { pseudonym: after.username } });
    for (const table of [authSessions, trustedDevices, newsletterSubscriptions]) {
      expect(await db.select().from(table).where(eq(table.userId, user.id))).toHaveLength(0);
    }
    expect(await db.select().from(devices).where(eq(devices.ownerId, user.id))).toHaveLength(0);
    const history = await db.select().from(accountEvents).where(eq(accountEvents.userId, user.id));
    expect(JSON.stringify(history)).not.toContain("old@example.com");
    // Nothing signs in any more, and the user name can be registered again.
    expect(await verifyCredentials(user.username, PASSWORD, "203.0.113.9")).toBeNull();
    await db.insert(users).values({ username: user.username, usernameLower: user.username, country: "US", passwordHash: "x" });
    expect(await cancelDeletionOnSignIn(user.id)).toBe(false);
  });

  it("a run that fails half-way changes nothing and is retried until it succeeds", async () => {
    const { user, photoId, caseId } = await fullAccount();
    await requestDeletion(user.id, PASSWORD);
    advanceClock(GRACE_DAYS * DAY + 60_000);
    const failing = await runDueDeletions(10, {
      beforeCommit: async () => {
        throw new Error("disk full");
      },
    });
    expect(failing).toEqual({ erased: 0, failed: 1 });
    const db = database();
    // Not half-deleted: every table is as it was.
    const [still] = await db.select().from(users).where(eq(users.id, user.id));
    expect(still).toMatchObject({ email: user.email, username: user.username, status: "active" });
    expect((await db.select().from(supportCases).where(eq(supportCases.id, caseId)))[0]).toMatchObject({ status: "in_review", photoId });
    expect(await photoExists(photoId)).toBe(true);
    const [d] = await db.select().from(accountDeletions).where(eq(accountDeletions.userId, user.id));
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastError: "disk full" });
    expect((await listPendingDeletions()).find((p) => p.userId === user.id)?.lastError).toBe("disk full");
    // Held back until its retry time, then done.
    await runDueDeletions();
    expect((await pendingDeletion(user.id))?.attempts).toBe(1);
    advanceClock(2 * 60_000);
    expect((await runDueDeletions()).erased).toBe(1);
    resetClock();
    const [done] = await db.select().from(accountDeletions).where(and(eq(accountDeletions.userId, user.id), eq(accountDeletions.status, "done")));
    expect(done.attempts).toBe(2);
    expect(await photoExists(photoId)).toBe(false);
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.emailLower, user.email!)))[0].n).toBe(0);
  });
});
