import "server-only";
import { and, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/lib/db/client";
import { loginTokens, users } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { hashPassword, verifyPassword } from "@/lib/security/passwords";
import { hit, limits } from "@/lib/security/rate-limit";
import { hashSecret, randomToken } from "@/lib/security/secrets";
import { looksNational, nationalReadings } from "@/lib/phone";
import { deviceTokenHash } from "./devices";
import { cancelDeletionOnSignIn } from "@/lib/accounts/deletion";
import { normalizeSignInIdentifier, type SignInIdentifier } from "./identifier";
import { attemptFailed, identifierLock, passwordAccepted, reserveAttempt, trustedBrowserLock, type SignInLock } from "./lockout";

export type SignedInUser = { id: string; name: string; email: string | null; role: string };

/**
 * What a right password tells the sign-in page: enough to decide whether a code is needed, and
 * where to send it, and the lock the attempt counted against (a code still to come counts there too).
 */
export type PasswordAccount = SignedInUser & { phone: string | null; twoFactor: boolean; lock: SignInLock };

/**
 * The account a sign-in identifier names (a user name, an email, or a phone number in any format),
 * and whether it trusts the browser holding `deviceHash`: one query, run the same way whether or not
 * an account exists. A user name made only of digits wins over a phone number.
 */
async function findAccount(identifier: SignInIdentifier, typed: string, deviceHash: string) {
  const db = await getDb();
  const name = identifier.kind === "phone" ? identifier.asName : identifier.value;
  const byName = eq(users.usernameLower, name);
  const byEmail = eq(users.emailLower, identifier.value);
  // A number typed without its country code is read for every country where it is valid, and
  // matches only an account of that country ("(201) 555-4627" for a US account).
  const national = looksNational(typed) ? nationalReadings(typed) : [];
  const phones = [...new Set([...(identifier.kind === "phone" ? [identifier.value] : []), ...national.map((r) => r.e164)])];
  const trusted = sql<boolean>`exists (select 1 from trusted_devices t where t.user_id = users.id and t.token_hash = ${deviceHash}
    and t.revoked_at is null and t.expires_at > ${new Date(now()).toISOString()})`;
  const rows = await db
    .select({ user: users, trusted })
    .from(users)
    .where(phones.length ? or(byName, inArray(users.phone, phones)) : or(byName, byEmail))
    .limit(5);
  const byTypedName = rows.find((r) => r.user.usernameLower === name) ?? rows.find((r) => r.user.emailLower === identifier.value);
  if (byTypedName) return byTypedName;
  if (identifier.kind === "phone") {
    const exact = rows.find((r) => r.user.phone === identifier.value);
    if (exact) return exact;
  }
  const ofTheirCountry = rows.filter((r) => national.some((n) => n.e164 === r.user.phone && n.country === r.user.country));
  // Two accounts in different countries with the same national number: neither is guessed at.
  return ofTheirCountry.length === 1 ? ofTheirCountry[0] : undefined;
}

let dummyHash: Promise<string> | undefined;

/**
 * Check a user name, email or phone number with a password. An unknown identifier costs the same
 * argon2 work as a known one, so timing does not tell which accounts exist. Failures count per
 * client address, and against the lock of the identifier as typed, or of this browser when the
 * account trusts it (lockout.ts).
 */
export async function verifyCredentials(
  identifier: string,
  password: string,
  client: string,
  opts: {
    /** settle: false leaves the lock row to the caller (it knows whether a code is still to come). */
    settle?: boolean;
    /** The browser's device token (gh_device), if it has one. */
    deviceToken?: string | null;
  } = {},
): Promise<PasswordAccount | "limited" | "unconfirmed" | "must_reset" | { lockedUntil: number } | null> {
  const db = await getDb();
  // Counted before the password is checked, so a burst of parallel attempts cannot slip past it.
  if (!(await hit(db, limits.signInAttemptsPerClient, client)).allowed) return "limited";
  const typed = normalizeSignInIdentifier(identifier);
  const deviceHash = opts.deviceToken ? deviceTokenHash(opts.deviceToken) : "";
  const found = await findAccount(typed, identifier, deviceHash);
  const user = found?.user;
  // Only a browser the account trusts has a lock of its own; every other attempt, at an account or
  // not, counts against the identifier's, so locking looks the same whether or not an account exists.
  const lock = found && deviceHash && found.trusted ? trustedBrowserLock(found.user.id, deviceHash) : identifierLock(typed);
  const gate = await reserveAttempt(lock);
  if (gate.kind === "must_reset") return "must_reset";
  if (gate.kind === "locked") return { lockedUntil: gate.until };
  dummyHash ??= hashPassword("not-a-real-password-Only-for-timing-1");
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok || (user.status !== "active" && user.status !== "awaiting_confirmation")) {
    const after = await attemptFailed(lock);
    if (after.kind === "must_reset") return "must_reset";
    if (after.kind === "locked") return { lockedUntil: after.until };
    return null;
  }
  if (opts.settle !== false || user.status === "awaiting_confirmation") await passwordAccepted(lock);
  // Said only after the right password, so it reveals nothing to someone guessing.
  if (user.status === "awaiting_confirmation") return "unconfirmed";
  return { id: user.id, name: user.username, email: user.email, phone: user.phone, role: user.role, twoFactor: user.twoFactor === 1, lock };
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
  // Spent and read in one statement: the account comes back with the token's row.
  const [user] = await db
    .update(loginTokens)
    .set({ usedAt: new Date(now()) })
    .from(users)
    .where(
      and(
        eq(loginTokens.tokenHash, hashSecret("login-token", token)),
        isNull(loginTokens.usedAt),
        gt(loginTokens.expiresAt, new Date(now())),
        eq(users.id, loginTokens.userId),
      ),
    )
    .returning({ id: users.id, name: users.username, email: users.email, role: users.role, locale: users.locale });
  // Signing in during the grace period of a deletion cancels it (lib/accounts/deletion.ts).
  if (user) await cancelDeletionOnSignIn(user.id, db);
  return user ?? null;
}
