import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb, type Queryable, type Tx } from "@/lib/db/client";
import { emailTokens, users } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { hashSecret, randomToken } from "@/lib/security/secrets";
import { hit, limits } from "@/lib/security/rate-limit";
import { normalizeEmail } from "@/lib/security/usernames";
import { notifyOutbox } from "@/lib/messaging/dispatcher";
import { enqueueMessage } from "@/lib/messaging/outbox";

/**
 * The registration confirmation email with Verify Now: a single-use link, valid 24 hours, whose
 * token is stored hashed. Until it is used the account cannot sign in.
 */

export const CONFIRMATION_VALID_MS = 24 * 60 * 60_000;
const PURPOSE = "verify-account";

/** Queue a Verify Now email (inside the caller's transaction). */
export async function issueAccountConfirmation(tx: Tx | Queryable, args: { userId: string; email: string; idempotencyKey: string; locale?: string }) {
  const token = randomToken();
  await tx.insert(emailTokens).values({
    tokenHash: hashSecret(PURPOSE, token),
    purpose: PURPOSE,
    userId: args.userId,
    email: args.email,
    expiresAt: new Date(now() + CONFIRMATION_VALID_MS),
  });
  await enqueueMessage(tx, {
    idempotencyKey: args.idempotencyKey,
    channel: "email",
    to: args.email,
    template: "verify-account",
    data: { secret: token, validHours: CONFIRMATION_VALID_MS / 3_600_000 },
    // In the account's language, else the registering person's (the account was just created).
    forAccount: args.userId,
    locale: args.locale,
  });
}

export type ConfirmResult = "confirmed" | "expired" | "invalid";

/** Use a Verify Now link. Single use; an expired link says so, so the page can offer a new one. */
export async function confirmAccount(token: string): Promise<ConfirmResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "invalid";
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(emailTokens)
      .set({ usedAt: new Date(now()) })
      .where(and(eq(emailTokens.tokenHash, hashSecret(PURPOSE, token)), eq(emailTokens.purpose, PURPOSE), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, new Date(now()))))
      .returning({ userId: emailTokens.userId });
    if (!used) {
      const [row] = await tx.select({ usedAt: emailTokens.usedAt }).from(emailTokens).where(eq(emailTokens.tokenHash, hashSecret(PURPOSE, token)));
      return row && !row.usedAt ? "expired" : "invalid";
    }
    await tx.update(users).set({ status: "active" }).where(and(eq(users.id, used.userId), eq(users.status, "awaiting_confirmation")));
    return "confirmed";
  });
}

/**
 * Send a fresh Verify Now email to an account still awaiting confirmation. Answers the same way
 * whether or not such an account exists; limited per address and per client.
 */
export async function resendAccountConfirmation(email: string, client: string): Promise<"sent" | "limited"> {
  const db = await getDb();
  const address = normalizeEmail(email);
  // Its own purpose ("confirm"), like every code budget: it spends nothing another flow needs.
  const perTarget = await hit(db, limits.codeSendsPerTarget, `confirm:${address}`);
  const perClient = await hit(db, limits.codeSendsPerClient, `confirm:${client}`);
  if (!perTarget.allowed || !perClient.allowed) return "limited";
  const [user] = await db
    .select({ id: users.id, email: users.email, status: users.status })
    .from(users)
    .where(eq(users.emailLower, address));
  if (user?.email && user.status === "awaiting_confirmation") {
    await db.transaction((tx) => issueAccountConfirmation(tx, { userId: user.id, email: user.email!, idempotencyKey: `verify-account:${user.id}:${randomToken(8)}` }));
    notifyOutbox();
  }
  return "sent";
}
