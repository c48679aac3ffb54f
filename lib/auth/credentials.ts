import { and, eq, gt, isNull, or } from "drizzle-orm";
import { getDb, type Queryable } from "@/lib/db/client";
import { loginTokens, users } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { hashPassword, verifyPassword } from "@/lib/security/passwords";
import { hit, limits } from "@/lib/security/rate-limit";
import { hashSecret, randomToken } from "@/lib/security/secrets";
import { normalizeEmail, normalizeUsername } from "@/lib/security/usernames";
import { toE164 } from "@/lib/phone";
import { attemptFailed, lockKeyForUnknown, lockKeyForUser, passwordAccepted, reserveAttempt } from "./lockout";

export type SignedInUser = { id: string; name: string; email: string | null; role: string };

/** What a right password tells the sign-in page: enough to decide whether a code is needed, and where to send it. */
export type PasswordAccount = SignedInUser & { phone: string | null; twoFactor: boolean };

/**
 * The account a sign-in identifier names: a user name, an email, or a phone number with its
 * country code (+1 201 555 0123). A user name made only of digits wins over a phone number.
 */
async function findAccount(identifier: string) {
  const db = await getDb();
  const id = identifier.trim();
  const phone = /^\+?[\d\s().-]{7,24}$/.test(id) ? toE164(id.startsWith("+") ? id : `+${id}`, undefined) : null;
  const byName = eq(users.usernameLower, normalizeUsername(id));
  const byEmail = eq(users.emailLower, normalizeEmail(id));
  const rows = await db
    .select()
    .from(users)
    .where(phone ? or(byName, byEmail, eq(users.phone, phone)) : or(byName, byEmail))
    .limit(3);
  return rows.find((u) => u.usernameLower === normalizeUsername(id)) ?? rows.find((u) => u.emailLower === normalizeEmail(id)) ?? rows[0];
}

let dummyHash: Promise<string> | undefined;

/**
 * Check a user name or email with a password. An unknown identifier costs the same argon2 work as
 * a known one, so timing does not tell which accounts exist. Failures count per client address.
 */
export async function verifyCredentials(
  identifier: string,
  password: string,
  client: string,
  /** settle: false leaves the lock row to the caller (it knows whether a code is still to come). */
  opts: { settle?: boolean } = {},
): Promise<PasswordAccount | "limited" | "unconfirmed" | "must_reset" | { lockedUntil: number } | null> {
  const db = await getDb();
  // Counted before the password is checked, so a burst of parallel attempts cannot slip past it.
  if (!(await hit(db, limits.signInAttemptsPerClient, client)).allowed) return "limited";
  const user = await findAccount(identifier);
  // Unknown identifiers lock exactly like accounts do, so locking reveals nothing either.
  const key = user ? lockKeyForUser(user.id) : lockKeyForUnknown(identifier);
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
  if (opts.settle !== false || user.status === "awaiting_confirmation") await passwordAccepted(key);
  // Said only after the right password, so it reveals nothing to someone guessing.
  if (user.status === "awaiting_confirmation") return "unconfirmed";
  return { id: user.id, name: user.username, email: user.email, phone: user.phone, role: user.role, twoFactor: user.twoFactor === 1 };
}

/** A single-use login token for an account whose sign-in is complete (the Auth.js credentials take only these). */
export async function issueLoginToken(db: Queryable, userId: string): Promise<string> {
  const token = randomToken();
  await db.insert(loginTokens).values({ tokenHash: hashSecret("login-token", token), userId, expiresAt: new Date(now() + LOGIN_TOKEN_MS) });
  return token;
}

const LOGIN_TOKEN_MS = 5 * 60_000;

/** Exchange a single-use login token (issued when a registration or a sign-in check completes) for the account. */
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
