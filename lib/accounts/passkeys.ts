import "server-only";
import { and, asc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { getDb, type Queryable } from "@/lib/db/client";
import { passkeys, users, webauthnChallenges } from "@/lib/db/schema";
import { config } from "@/lib/config";
import { now } from "@/lib/clock";
import { hit, limits } from "@/lib/security/rate-limit";
import { verifyPassword } from "@/lib/security/passwords";
import { hashSecret } from "@/lib/security/secrets";
import { issueLoginToken } from "@/lib/auth/credentials";
import { getTranslator } from "@/lib/i18n/request";
import type { Translator } from "@/lib/messages";

/**
 * Passkeys (WebAuthn) through @simplewebauthn/server. Challenges are single-use, live five minutes
 * and are stored only as a hash; the browser gets the challenge row's id back with its answer.
 * A passkey sign-in needs user verification (the device's PIN or biometrics on top of holding the
 * key), so it counts as two factors and skips the new-device code. A signature counter that does
 * not grow is refused (a cloned authenticator), unless the authenticator keeps no counter (0).
 */

const CHALLENGE_MS = 5 * 60_000;
const CHALLENGE_PURPOSE = "webauthn-challenge";
export const PASSKEY_NAME_MAX = 60;
export const PASSKEYS_PER_ACCOUNT = 20;

/**
 * Who we are to authenticators. The RP ID is APP_URL's host name (PASSKEY_RP_ID overrides it).
 * WebAuthn takes no IP address as RP ID, so an APP_URL on 127.0.0.1 uses "localhost", and the
 * same port on localhost is then an accepted origin (development and the end-to-end tests).
 */
export function relyingParty(): { rpID: string; rpName: string; origins: string[] } {
  const app = new URL(config.appUrl);
  const loopback = app.hostname === "127.0.0.1" || app.hostname === "[::1]";
  const rpID = process.env.PASSKEY_RP_ID || (loopback ? "localhost" : app.hostname);
  const origins = [app.origin];
  if (loopback) origins.push(`${app.protocol}//localhost${app.port ? `:${app.port}` : ""}`);
  origins.push(...appOrigins(process.env.PASSKEY_APP_ORIGINS));
  return { rpID, rpName: "Gatehouse", origins };
}

/**
 * The native apps' own origins, comma-separated in PASSKEY_APP_ORIGINS: Android signs a passkey
 * answer with `android:apk-key-hash:<base64url SHA-256 of the app's signing certificate>` rather
 * than a web origin (an iOS app associated with the domain sends the web origin, so needs nothing).
 * Anything else in the list is a configuration mistake that stops the server's start (lib/boot.ts)
 * rather than widening what is accepted.
 */
export function appOrigins(setting: string | undefined): string[] {
  const list = (setting ?? "").split(",").map((o) => o.trim()).filter(Boolean);
  for (const origin of list) {
    if (!/^android:apk-key-hash:[A-Za-z0-9_-]{43}$/.test(origin) && !/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) {
      throw new Error(`PASSKEY_APP_ORIGINS: "${origin}" is neither android:apk-key-hash:<43 base64url characters> nor an https:// origin.`);
    }
  }
  return list;
}

export type PasskeyError = "expired" | "not_verified" | "unknown_passkey" | "other_account" | "replayed" | "limited" | "not_allowed" | "duplicate" | "too_many";

/** The words for a passkey refusal, in the request's language. */
export function passkeyMessage(i18n: Translator, error: PasskeyError): string {
  return i18n.t(`passkeys.errors.${error}`, { max: PASSKEYS_PER_ACCOUNT });
}

async function storeChallenge(db: Queryable, purpose: "register" | "authenticate", challenge: string, userId: string | null): Promise<string> {
  const [row] = await db
    .insert(webauthnChallenges)
    .values({ purpose, userId, challengeHash: hashSecret(CHALLENGE_PURPOSE, challenge), expiresAt: new Date(now() + CHALLENGE_MS) })
    .returning({ id: webauthnChallenges.id });
  return row.id;
}

/** Use a challenge up: returns its hash once, if it is live, of this purpose and (for registration) this account. */
async function takeChallenge(db: Queryable, id: string, purpose: "register" | "authenticate", userId: string | null): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const [row] = await db
    .update(webauthnChallenges)
    .set({ usedAt: new Date(now()) })
    .where(
      and(
        eq(webauthnChallenges.id, id),
        eq(webauthnChallenges.purpose, purpose),
        userId ? eq(webauthnChallenges.userId, userId) : isNull(webauthnChallenges.userId),
        isNull(webauthnChallenges.usedAt),
        gt(webauthnChallenges.expiresAt, new Date(now())),
      ),
    )
    .returning({ challengeHash: webauthnChallenges.challengeHash });
  return row?.challengeHash ?? null;
}

const matches = (hash: string) => (challenge: string) => hashSecret(CHALLENGE_PURPOSE, challenge) === hash;

/** The WebAuthn user handle of an account: its id's bytes (no name or email goes to the authenticator as id). */
function userHandle(userId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new TextEncoder().encode(userId));
}

export async function listPasskeys(userId: string) {
  const db = await getDb();
  return db
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt));
}

/** Options for adding a passkey to a signed-in account. */
export async function registrationOptions(userId: string): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const db = await getDb();
  const [user] = await db.select({ username: users.username, fullName: users.fullName }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error("no such account");
  const existing = await db.select({ credentialId: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId));
  const rp = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: user.username,
    userDisplayName: user.fullName ?? user.username,
    userID: userHandle(userId),
    attestationType: "none",
    excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports as AuthenticatorTransportFuture[] })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
    timeout: CHALLENGE_MS,
  });
  return { challengeId: await storeChallenge(db, "register", options.challenge, userId), options };
}

/** Check the browser's answer and keep the passkey under the name the person gave it. */
export async function finishRegistration(
  userId: string,
  input: { challengeId: string; name: string; response: RegistrationResponseJSON },
): Promise<{ ok: true } | { ok: false; error: PasskeyError }> {
  const db = await getDb();
  const hash = await takeChallenge(db, input.challengeId, "register", userId);
  if (!hash) return { ok: false, error: "expired" };
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(passkeys).where(eq(passkeys.userId, userId));
  if (count >= PASSKEYS_PER_ACCOUNT) return { ok: false, error: "too_many" };
  const rp = relyingParty();
  let info;
  try {
    const verified = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: matches(hash),
      expectedOrigin: rp.origins,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    });
    if (!verified.verified) return { ok: false, error: "not_verified" };
    info = verified.registrationInfo;
  } catch {
    return { ok: false, error: "not_verified" };
  }
  const inserted = await db
    .insert(passkeys)
    .values({
      userId,
      credentialId: info.credential.id,
      publicKey: isoBase64URL.fromBuffer(info.credential.publicKey),
      counter: info.credential.counter,
      transports: info.credential.transports ?? [],
      name: input.name,
      createdAt: new Date(now()),
    })
    .onConflictDoNothing()
    .returning({ id: passkeys.id });
  return inserted.length ? { ok: true } : { ok: false, error: "duplicate" };
}

/**
 * Sign-in challenges are written for anyone who opens the sign-in page (the autofill asks for one),
 * so they are counted per client: a script cannot fill the table faster than housekeeping empties it.
 */
export const PASSKEY_OPTIONS_LIMIT = { name: "passkey-options-client", max: 60, windowMs: 10 * 60_000 };

/** Options for "Sign in with a passkey": no account named, the authenticator offers its passkeys for this site. */
export async function authenticationOptions(client: string): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON } | null> {
  const db = await getDb();
  if (!(await hit(db, PASSKEY_OPTIONS_LIMIT, client)).allowed) return null;
  const rp = relyingParty();
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: "required", timeout: CHALLENGE_MS });
  return { challengeId: await storeChallenge(db, "authenticate", options.challenge, null), options };
}

/**
 * Check a passkey sign-in. Returns the account when the assertion is for a registered passkey,
 * signed over a live challenge of ours, with user verification, by the account it claims, and its
 * counter moved on. `client` is the network address, counted like password attempts.
 */
export async function verifyPasskeySignIn(
  input: { challengeId: string; response: AuthenticationResponseJSON },
  client: string,
): Promise<{ ok: true; userId: string; loginToken: string } | { ok: false; error: PasskeyError }> {
  const db = await getDb();
  if (!(await hit(db, limits.signInAttemptsPerClient, client)).allowed) return { ok: false, error: "limited" };
  const hash = await takeChallenge(db, input.challengeId, "authenticate", null);
  if (!hash) return { ok: false, error: "expired" };
  const checked = await checkAssertion(db, hash, input.response);
  if (!checked.ok) return checked;
  const [user] = await db.select({ status: users.status }).from(users).where(eq(users.id, checked.userId));
  if (user?.status !== "active") return { ok: false, error: "not_allowed" };
  // The single-use token the sign-in exchanges for a session, as after a sign-in check.
  return { ok: true, userId: checked.userId, loginToken: await issueLoginToken(db, checked.userId) };
}

/**
 * Options to confirm something with one of the signed-in account's own passkeys (Delete my account):
 * the challenge is the account's, and only its passkeys are offered. Null when it has none.
 */
export async function confirmationOptions(userId: string): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON } | null> {
  const db = await getDb();
  const keys = await db.select({ credentialId: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId));
  if (!keys.length) return null;
  const rp = relyingParty();
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    userVerification: "required",
    timeout: CHALLENGE_MS,
    allowCredentials: keys.map((k) => ({ id: k.credentialId, transports: k.transports as AuthenticatorTransportFuture[] })),
  });
  return { challengeId: await storeChallenge(db, "authenticate", options.challenge, userId), options };
}

/**
 * Check that the signed-in account confirmed with one of its own passkeys, over a challenge issued to
 * it: the passkey stands in for the password, so its tries count with the password checks.
 */
export async function verifyPasskeyConfirmation(
  userId: string,
  input: { challengeId: string; response: AuthenticationResponseJSON },
): Promise<{ ok: true } | { ok: false; error: Exclude<PasskeyError, "duplicate" | "too_many" | "not_allowed"> }> {
  const db = await getDb();
  if (!(await hit(db, limits.passwordChecksPerUser, userId)).allowed) return { ok: false, error: "limited" };
  const hash = await takeChallenge(db, input.challengeId, "authenticate", userId);
  if (!hash) return { ok: false, error: "expired" };
  const checked = await checkAssertion(db, hash, input.response);
  if (!checked.ok) return checked;
  return checked.userId === userId ? { ok: true } : { ok: false, error: "other_account" };
}

/**
 * One passkey answer against a challenge's hash: a registered passkey, the account it names its own,
 * signed with user verification from our origin and RP ID, and its counter moved on (checked and
 * moved in one statement, so two answers racing cannot both pass).
 */
async function checkAssertion(
  db: Queryable,
  challengeHash: string,
  response: AuthenticationResponseJSON,
): Promise<{ ok: true; userId: string } | { ok: false; error: "unknown_passkey" | "other_account" | "not_verified" | "replayed" }> {
  const [key] = await db.select().from(passkeys).where(eq(passkeys.credentialId, response.id));
  if (!key) return { ok: false, error: "unknown_passkey" };
  // A discoverable passkey names its account: it must be the one the passkey was registered to.
  const claimed = response.response.userHandle;
  if (claimed && claimed !== isoBase64URL.fromBuffer(userHandle(key.userId))) return { ok: false, error: "other_account" };
  const rp = relyingParty();
  let newCounter: number;
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: matches(challengeHash),
      expectedOrigin: rp.origins,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
      credential: { id: key.credentialId, publicKey: isoBase64URL.toBuffer(key.publicKey), counter: key.counter, transports: key.transports as AuthenticatorTransportFuture[] },
    });
    if (!verified.verified) return { ok: false, error: "not_verified" };
    newCounter = verified.authenticationInfo.newCounter;
  } catch (e) {
    return { ok: false, error: /counter/i.test((e as Error).message) ? "replayed" : "not_verified" };
  }
  const counterOk = newCounter === 0 && key.counter === 0 ? sql`true` : lt(passkeys.counter, newCounter);
  const [used] = await db
    .update(passkeys)
    .set({ counter: newCounter, lastUsedAt: new Date(now()) })
    .where(and(eq(passkeys.id, key.id), counterOk))
    .returning({ id: passkeys.id });
  if (!used) return { ok: false, error: "replayed" };
  return { ok: true, userId: key.userId };
}

export type RemoveResult = { ok: true } | { ok: false; field: "passkeyPassword" | "passkey"; message: string };

/**
 * Remove a passkey. Removing the account's last passkey needs the password: the person shows they
 * still have the other way in before giving this one up.
 */
export async function removePasskey(userId: string, passkeyId: string, password: string): Promise<RemoveResult> {
  const db = await getDb();
  const i18n = await getTranslator();
  const mine = await db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId));
  if (!mine.some((k) => k.id === passkeyId)) return { ok: false, field: "passkey", message: i18n.t("passkeys.remove.alreadyRemoved") };
  if (mine.length === 1) {
    if (!password) return { ok: false, field: "passkeyPassword", message: i18n.t("passkeys.remove.passwordNeeded") };
    if (!(await hit(db, limits.passwordChecksPerUser, userId)).allowed) return { ok: false, field: "passkeyPassword", message: i18n.t("passkeys.remove.tooManyTries") };
    const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
    if (!user || !(await verifyPassword(user.passwordHash, password))) return { ok: false, field: "passkeyPassword", message: i18n.t("passkeys.remove.wrongPassword") };
  }
  await db.delete(passkeys).where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, userId)));
  return { ok: true };
}

/** Housekeeping: challenges are useless once expired. */
export async function deleteExpiredChallenges(db: Queryable): Promise<void> {
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, new Date(now() - CHALLENGE_MS)));
}
