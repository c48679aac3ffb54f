import { and, eq, gt, isNull, or } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { loginTokens, users } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { hashPassword, verifyPassword } from "@/lib/security/passwords";
import { hit, limits } from "@/lib/security/rate-limit";
import { hashSecret } from "@/lib/security/secrets";
import { normalizeEmail, normalizeUsername } from "@/lib/security/usernames";
import { attemptFailed, attemptSucceeded, lockKeyForUnknown, lockKeyForUser, reserveAttempt } from "./lockout";

export type SignedInUser = { id: string; name: string; email: string | null; role: string };

let dummyHash: Promise<string> | undefined;

/**
 * Check a user name or email with a password. An unknown identifier costs the same argon2 work as
 * a known one, so timing does not tell which accounts exist. Failures count per client address.
 */
export async function verifyCredentials(
  identifier: string,
  password: string,
  client: string,
): Promise<SignedInUser | "limited" | "unconfirmed" | "must_reset" | { lockedUntil: number } | null> {
  const db = await getDb();
  // Counted before the password is checked, so a burst of parallel attempts cannot slip past it.
  if (!(await hit(db, limits.signInAttemptsPerClient, client)).allowed) return "limited";
  const id = identifier.trim();
  const [user] = await db
    .select()
    .from(users)
    .where(or(eq(users.usernameLower, normalizeUsername(id)), eq(users.emailLower, normalizeEmail(id))))
    .limit(1);
  // Unknown identifiers lock exactly like accounts do, so locking reveals nothing either.
  const key = user ? lockKeyForUser(user.id) : lockKeyForUnknown(id);
  const gate = await reserveAttempt(key);
  if (gate.kind === "must_reset") return "must_reset";
  if (gate.kind === "locked") return { lockedUntil: gate.until };
  dummyHash ??= hashPassword("not-a-real-password-Only-for-timing-1");
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok || (user.status !== "active" && user.status !== "awaiting_confirmation")) {
    const after = await attemptFailed(key);
    if (after.kind === "must_reset") return "must_reset";
    if (after.kind === "locked") return { lockedUntil: after.until };
    return null;
  }
  await attemptSucceeded(key);
  // Said only after the right password, so it reveals nothing to someone guessing.
  if (user.status === "awaiting_confirmation") return "unconfirmed";
  return { id: user.id, name: user.username, email: user.email, role: user.role };
}

/** Exchange a single-use login token (issued when a registration completes) for the account. */
export async function consumeLoginToken(token: string): Promise<SignedInUser | null> {
  const db = await getDb();
  const [used] = await db
    .update(loginTokens)
    .set({ usedAt: new Date(now()) })
    .where(
      and(
        eq(loginTokens.tokenHash, hashSecret("login-token", token)),
        isNull(loginTokens.usedAt),
        gt(loginTokens.expiresAt, new Date(now())),
      ),
    )
    .returning({ userId: loginTokens.userId });
  if (!used) return null;
  const [user] = await db.select().from(users).where(eq(users.id, used.userId));
  return user ? { id: user.id, name: user.username, email: user.email, role: user.role } : null;
}
