import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray, isNotNull, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import { getDb, type Db, type Queryable, type Tx } from "@/lib/db/client";
import {
  accountDeletions,
  accountEvents,
  authSessions,
  caseEvents,
  companies,
  devices,
  emailTokens,
  flowInstances,
  loginTokens,
  newsletterSubscriptions,
  notifications,
  passkeys,
  supportCases,
  trustedDevices,
  users,
  webauthnChallenges,
} from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { notifyOutbox } from "@/lib/messaging/dispatcher";
import { enqueueMessage } from "@/lib/messaging/outbox";
import { revokeSessions } from "@/lib/auth/sessions";
import { hit, limits } from "@/lib/security/rate-limit";
import { refusal, type Refusal } from "./account";
import { verifyPassword } from "@/lib/security/passwords";
import { deletePhoto } from "@/lib/uploads/store";

/**
 * Deleting an account (docs/decisions/0016-account-deletion.md). The person asks with their
 * password; every session ends and a notice goes out; for GRACE_DAYS signing in cancels it. After
 * that the sweeper erases the account in ONE transaction: either all of it happened or none of it,
 * and a failed run stays pending and is retried. Label photo files go after the commit; a file a
 * crash left behind is held by no case any more, so the orphan-photo sweep removes it.
 */

export const GRACE_DAYS = 14;
const DAY_MS = 24 * 60 * 60_000;
/** How long one run holds a deletion; a server that dies mid-run frees it after this. */
const RUN_LEASE_MS = 5 * 60_000;
/** Wait before retrying a failed run: grows with the attempts, at most six hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(6 * 60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

export type DeletionRow = typeof accountDeletions.$inferSelect;

/** The pending deletion of an account, if any. */
export async function pendingDeletion(userId: string, db?: Queryable): Promise<DeletionRow | undefined> {
  const [row] = await (db ?? (await getDb()))
    .select()
    .from(accountDeletions)
    .where(and(eq(accountDeletions.userId, userId), eq(accountDeletions.status, "pending")));
  return row;
}

export type RequestDeletionResult = { ok: true; dueAt: Date } | ({ ok: false } & Refusal);

/** Ask for the account to be deleted: the password proves it is the owner. Signs every session out. */
export async function requestDeletion(userId: string, password: string): Promise<RequestDeletionResult> {
  const db = await getDb();
  if (!(await hit(db, limits.passwordChecksPerUser, userId)).allowed) return { ok: false, ...refusal("account.errors.tooManyTries") };
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.status === "deleted") return { ok: false, ...refusal("account.errors.cannotDelete") };
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, ...refusal("account.errors.passwordWrong") };
  return scheduleDeletion(db, user);
}

/**
 * Record the deletion (once: a second request keeps the first date), end every session, tell the
 * owner. The caller has made sure the owner asked: the password above, or a passkey
 * (lib/accounts/passkey-deletion.ts).
 */
export async function scheduleDeletion(db: Db, user: typeof users.$inferSelect): Promise<RequestDeletionResult> {
  const userId = user.id;
  const at = new Date(now());
  const dueAt = new Date(at.getTime() + GRACE_DAYS * DAY_MS);
  const result = await db.transaction(async (tx) => {
    const existing = await pendingDeletion(userId, tx);
    if (existing) return existing.dueAt;
    await tx.insert(accountDeletions).values({ userId, requestedAt: at, dueAt, pseudonym: `deleted-${randomBytes(6).toString("hex")}` });
    await revokeSessions(tx, { userId });
    await tx.insert(accountEvents).values({ userId, type: "deletion_requested", detail: { dueAt: dueAt.toISOString() } });
    const to = user.email ?? user.phone;
    if (to) {
      await enqueueMessage(tx, {
        idempotencyKey: `deletion-requested:${userId}:${at.getTime()}`,
        channel: user.email ? "email" : "sms",
        to,
        template: "account-deletion-requested",
        data: { dueAt: dueAt.toISOString(), graceDays: GRACE_DAYS },
        forAccount: userId,
      });
    }
    return dueAt;
  });
  notifyOutbox();
  return { ok: true, dueAt: result };
}

/**
 * Signing in during the grace period cancels the deletion (called when a login token is
 * exchanged, which every way of signing in ends with). Returns whether one was cancelled.
 */
export async function cancelDeletionOnSignIn(userId: string, db?: Queryable): Promise<boolean> {
  const q = db ?? (await getDb());
  const at = new Date(now());
  const cancelled = await q
    .update(accountDeletions)
    .set({ status: "cancelled", cancelledAt: at, lockedUntil: null })
    .where(and(eq(accountDeletions.userId, userId), eq(accountDeletions.status, "pending")))
    .returning({ id: accountDeletions.id });
  if (!cancelled.length) return false;
  await q.insert(accountEvents).values({ userId, type: "deletion_cancelled", detail: { by: "sign_in" } });
  const [user] = await q.select({ email: users.email, phone: users.phone }).from(users).where(eq(users.id, userId));
  const to = user?.email ?? user?.phone;
  if (to) {
    await enqueueMessage(q, {
      idempotencyKey: `deletion-cancelled:${cancelled[0].id}`,
      channel: user!.email ? "email" : "sms",
      to,
      template: "account-deletion-cancelled",
      forAccount: userId,
    });
    notifyOutbox();
  }
  return true;
}

/** How long My Account says that a sign-in cancelled the deletion. */
const CANCEL_NOTICE_MS = DAY_MS;

/** The deletion a sign-in cancelled within the last day, if any: My Account says so after sign-in. */
export async function recentlyCancelledDeletion(userId: string): Promise<DeletionRow | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(accountDeletions)
    .where(and(eq(accountDeletions.userId, userId), eq(accountDeletions.status, "cancelled")))
    .orderBy(desc(accountDeletions.cancelledAt))
    .limit(1);
  return row?.cancelledAt && now() - row.cancelledAt.getTime() < CANCEL_NOTICE_MS ? row : undefined;
}

/** Test seam: runs inside the erasing transaction before it commits (an exception rolls all of it back). */
export type EraseHooks = { beforeCommit?: (tx: Tx) => Promise<void> };

/**
 * Erase one account, all in one transaction. Does nothing when the deletion is no longer pending
 * (cancelled by a sign-in, or done by another run). Returns the label photos to delete.
 */
export async function eraseAccount(deletionId: string, hooks: EraseHooks = {}): Promise<{ erased: boolean; photoIds: string[] }> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const at = new Date(now());
    // Taking the row first serialises with a sign-in cancelling it: whichever commits first wins.
    const [d] = await tx
      .update(accountDeletions)
      .set({ status: "done", completedAt: at, lockedUntil: null, lastError: null })
      .where(and(eq(accountDeletions.id, deletionId), eq(accountDeletions.status, "pending")))
      .returning();
    if (!d) return { erased: false, photoIds: [] as string[] };
    const userId = d.userId;

    // Cases: open ones are closed, the email copy and reset code go, the photo is let go of.
    const cases = await tx.select().from(supportCases).where(eq(supportCases.userId, userId));
    const photoIds = cases.map((c) => c.photoId).filter((p): p is string => !!p);
    for (const c of cases) {
      const open = c.status !== "closed" && c.status !== "rejected";
      await tx
        .update(supportCases)
        .set({
          userEmail: null,
          resetCodeSealed: null,
          photoId: null,
          ...(c.photoId ? { photoDeletedAt: at } : {}),
          ...(open ? { status: "closed", closedAt: at } : {}),
          revision: c.revision + 1,
          updatedAt: at,
        })
        .where(eq(supportCases.id, c.id));
      await tx.insert(caseEvents).values({
        caseId: c.id,
        actorId: null,
        actorRole: "system",
        type: "account_deleted",
        detail: { pseudonym: d.pseudonym, ...(open ? { from: c.status, to: "closed" } : {}), photoDeleted: !!c.photoId },
      });
    }

    // Everything that only belonged to the person goes.
    await tx.delete(notifications).where(eq(notifications.userId, userId));
    await tx.delete(devices).where(eq(devices.ownerId, userId));
    await tx.delete(companies).where(eq(companies.ownerId, userId));
    await tx.delete(newsletterSubscriptions).where(eq(newsletterSubscriptions.userId, userId));
    await tx.delete(trustedDevices).where(eq(trustedDevices.userId, userId));
    await tx.delete(loginTokens).where(eq(loginTokens.userId, userId));
    await tx.delete(emailTokens).where(eq(emailTokens.userId, userId));
    await tx.delete(passkeys).where(eq(passkeys.userId, userId));
    await tx.delete(webauthnChallenges).where(eq(webauthnChallenges.userId, userId));
    await tx.delete(authSessions).where(eq(authSessions.userId, userId));
    await tx.delete(flowInstances).where(eq(flowInstances.subject, userId));

    // The account's history stays as what happened and when, without the old contacts it named.
    await tx.update(accountEvents).set({ detail: {} }).where(eq(accountEvents.userId, userId));
    await tx.insert(accountEvents).values({ userId, type: "account_deleted", detail: { pseudonym: d.pseudonym } });

    // The row stays as the pseudonym audit and case records point at; the user name is free again.
    await tx
      .update(users)
      .set({
        username: d.pseudonym,
        usernameLower: d.pseudonym,
        email: null,
        emailLower: null,
        phone: null,
        fullName: null,
        passwordHash: "",
        status: "deleted",
        twoFactor: 0,
      })
      .where(eq(users.id, userId));
    if (hooks.beforeCommit) await hooks.beforeCommit(tx);
    return { erased: true, photoIds };
  });
  for (const id of result.photoIds) await deletePhoto(id);
  return result;
}

/**
 * The sweeper: erase every account whose grace period is over. Each deletion is leased while it
 * runs; a failure records the error and is retried later. Returns how many were erased.
 */
export async function runDueDeletions(batch = 10, hooks: EraseHooks = {}): Promise<{ erased: number; failed: number }> {
  const db = await getDb();
  const at = new Date(now());
  const due = await db
    .update(accountDeletions)
    .set({ lockedUntil: new Date(at.getTime() + RUN_LEASE_MS), attempts: sql`${accountDeletions.attempts} + 1` })
    .where(
      inArray(
        accountDeletions.id,
        db
          .select({ id: accountDeletions.id })
          .from(accountDeletions)
          .where(
            and(
              eq(accountDeletions.status, "pending"),
              lte(accountDeletions.dueAt, at),
              or(isNull(accountDeletions.lockedUntil), lte(accountDeletions.lockedUntil, at)),
            ),
          )
          .orderBy(accountDeletions.dueAt)
          .limit(batch),
      ),
    )
    .returning();
  let erased = 0;
  let failed = 0;
  for (const d of due) {
    try {
      if ((await eraseAccount(d.id, hooks)).erased) erased++;
    } catch (e) {
      failed++;
      await db
        .update(accountDeletions)
        .set({ lastError: String((e as Error).message ?? e).slice(0, 500), lockedUntil: new Date(now() + retryDelayMs(d.attempts)) })
        .where(and(eq(accountDeletions.id, d.id), eq(accountDeletions.status, "pending")));
    }
  }
  return { erased, failed };
}

export type PendingDeletionView = DeletionRow & { username: string; email: string | null };

/** For the admin page: deletions not yet done, soonest first. */
export async function listPendingDeletions(): Promise<PendingDeletionView[]> {
  const db = await getDb();
  const rows = await db
    .select({ d: accountDeletions, username: users.username, email: users.email })
    .from(accountDeletions)
    .innerJoin(users, eq(users.id, accountDeletions.userId))
    .where(eq(accountDeletions.status, "pending"))
    .orderBy(accountDeletions.dueAt)
    .limit(500);
  return rows.map((r) => ({ ...r.d, username: r.username, email: r.email }));
}

/** Recently finished deletions, newest first (pseudonyms only). */
export async function listFinishedDeletions(limit = 50): Promise<DeletionRow[]> {
  const db = await getDb();
  return db
    .select()
    .from(accountDeletions)
    .where(and(isNotNull(accountDeletions.completedAt), notInArray(accountDeletions.status, ["pending", "cancelled"])))
    .orderBy(desc(accountDeletions.completedAt))
    .limit(limit);
}
