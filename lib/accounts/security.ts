import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { accountEvents, authSessions, users } from "@/lib/db/schema";
import { checkPassword, hashPassword, passwordMessage, verifyPassword } from "@/lib/security/passwords";
import { translator, type Translator } from "@/lib/messages";
import { randomToken } from "@/lib/security/secrets";
import { hit, limits } from "@/lib/security/rate-limit";
import { notifyOutbox } from "@/lib/messaging/dispatcher";
import { enqueueMessage } from "@/lib/messaging/outbox";
import { revokeSessions } from "@/lib/auth/sessions";

export type SessionRow = typeof authSessions.$inferSelect;

/** The account's live sessions, most recently seen first. */
export async function liveSessions(userId: string): Promise<SessionRow[]> {
  const db = await getDb();
  return db
    .select()
    .from(authSessions)
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)))
    .orderBy(desc(authSessions.lastSeenAt));
}

/** End one of the account's own sessions (never another account's). */
export async function endSession(userId: string, sessionId: string): Promise<boolean> {
  return (await revokeSessions(await getDb(), { userId, only: sessionId })).length > 0;
}

/** End every session of the account except the one making the request. */
export async function endOtherSessions(userId: string, keepSessionId: string): Promise<number> {
  return (await revokeSessions(await getDb(), { userId, except: keepSessionId })).length;
}

export type ChangePasswordResult = { ok: true } | { ok: false; field: "currentPassword" | "newPassword" | "confirmPassword"; message: string };

/** Change the password: the current one is required; every other session ends; the owner is told. */
export async function changePassword(
  userId: string,
  keepSessionId: string,
  input: { currentPassword: string; newPassword: string; confirmPassword: string },
  /** The language of the password rules' words (the other refusals are English words the page translates). */
  i18n: Translator = translator("en"),
): Promise<ChangePasswordResult> {
  const db = await getDb();
  if (!(await hit(db, limits.passwordChecksPerUser, userId)).allowed) {
    return { ok: false, field: "currentPassword", message: "Too many tries. Try again in an hour." };
  }
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, field: "currentPassword", message: "The current password is not right." };
  }
  const problem = checkPassword(input.newPassword, { username: user.username.includes("@") ? undefined : user.username });
  if (problem) return { ok: false, field: "newPassword", message: passwordMessage(problem, i18n) };
  if (input.newPassword !== input.confirmPassword) return { ok: false, field: "confirmPassword", message: "The passwords do not match." };
  const hash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash }).where(eq(users.id, userId));
    await revokeSessions(tx, { userId, except: keepSessionId });
    await enqueueMessage(tx, {
      idempotencyKey: `password-changed:${userId}:${randomToken(8)}`,
      channel: user.email ? "email" : "sms",
      to: user.email ?? user.phone!,
      template: "password-changed",
      forAccount: userId,
    });
  });
  notifyOutbox();
  return { ok: true };
}

/** "Chrome on Windows" from a user agent string: enough to recognise one's own devices. */
export function describeDevice(userAgent: string | null | undefined): string {
  const ua = userAgent ?? "";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /OPR\//.test(ua)
      ? "Opera"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /Chrome\//.test(ua)
          ? "Chrome"
          : /Safari\//.test(ua)
            ? "Safari"
            : /node|undici|curl/i.test(ua)
              ? "App or script"
              : "Unknown browser";
  const os = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad|iOS/.test(ua)
      ? "iOS"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return os ? `${browser} on ${os}` : browser;
}

export type TwoFactorResult = { ok: true } | { ok: false; message: string };

/**
 * Switch two-step sign-in (a code at every sign-in, trusted browsers included). Switching it off
 * weakens the account, so it takes the current password; switching it on does not.
 */
export async function setTwoFactor(userId: string, on: boolean, currentPassword: string): Promise<TwoFactorResult> {
  const db = await getDb();
  if (!on) {
    if (!(await hit(db, limits.passwordChecksPerUser, userId)).allowed) return { ok: false, message: "Too many tries. Try again in an hour." };
    const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) return { ok: false, message: "The current password is not right." };
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ twoFactor: on ? 1 : 0 }).where(eq(users.id, userId));
    await tx.insert(accountEvents).values({ userId, type: on ? "two_factor_on" : "two_factor_off", detail: {} });
  });
  return { ok: true };
}

export async function twoFactorOn(userId: string): Promise<boolean> {
  const db = await getDb();
  const [user] = await db.select({ twoFactor: users.twoFactor }).from(users).where(eq(users.id, userId));
  return user?.twoFactor === 1;
}
