import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { passkeys, users } from "@/lib/db/schema";
import { consumeLoginToken } from "@/lib/auth/credentials";
import { PASSKEY_OPTIONS_LIMIT, authenticationOptions, finishRegistration, listPasskeys, registrationOptions, removePasskey, verifyPasskeySignIn } from "@/lib/accounts/passkeys";
import { advanceClock, resetClock } from "@/lib/clock";
import { hashPassword } from "@/lib/security/passwords";
import { useFlowDatabase } from "./db";
import { SoftAuthenticator } from "./soft-authenticator";

const PASSWORD = "Passkey-Passw0rd-1";
const CLIENT = "198.51.100.20";
const database = useFlowDatabase();
let n = 0;
afterEach(() => resetClock());

async function account() {
  const username = `pk_${++n}`;
  const [u] = await database()
    .insert(users)
    .values({ username, usernameLower: username, email: `${username}@example.com`, emailLower: `${username}@example.com`, country: "US", passwordHash: await hashPassword(PASSWORD) })
    .returning();
  return u;
}

/** An account with one registered passkey, through the real registration checks. */
async function withPasskey(name = "Laptop") {
  const user = await account();
  const { challengeId, options } = await registrationOptions(user.id);
  const authenticator = new SoftAuthenticator(isoBase64URL.toBuffer(options.user.id));
  expect(await finishRegistration(user.id, { challengeId, name, response: authenticator.register(options.challenge) })).toEqual({ ok: true });
  return { user, authenticator };
}

async function signInWith(authenticator: SoftAuthenticator, opts: Parameters<SoftAuthenticator["assert"]>[1] = {}) {
  const { challengeId, options } = (await authenticationOptions(CLIENT))!;
  const response = authenticator.assert(options.challenge, opts);
  return { result: await verifyPasskeySignIn({ challengeId, response }, CLIENT), challengeId, response };
}

describe("passkeys", () => {
  it("registers a passkey under its name and signs in with it, recording when it was used", async () => {
    const { user, authenticator } = await withPasskey("Work laptop");
    const [key] = await listPasskeys(user.id);
    expect(key).toMatchObject({ name: "Work laptop", lastUsedAt: null });
    const { result } = await signInWith(authenticator);
    expect(result).toMatchObject({ ok: true, userId: user.id });
    // The sign-in's single-use login token opens a session for that account, once.
    const token = result.ok ? result.loginToken : "";
    expect(await consumeLoginToken(token)).toMatchObject({ id: user.id });
    expect(await consumeLoginToken(token)).toBeNull();
    expect((await listPasskeys(user.id))[0].lastUsedAt).toBeInstanceOf(Date);
  });

  it("stores the challenge hashed, and a challenge works once", async () => {
    const { user, authenticator } = await withPasskey();
    const { challengeId, options } = (await authenticationOptions(CLIENT))!;
    const stored = JSON.stringify(await database().select().from(passkeys).where(eq(passkeys.userId, user.id)));
    expect(stored).not.toContain(options.challenge);
    const response = authenticator.assert(options.challenge);
    expect((await verifyPasskeySignIn({ challengeId, response }, CLIENT)).ok).toBe(true);
    expect(await verifyPasskeySignIn({ challengeId, response }, CLIENT)).toEqual({ ok: false, error: "expired" });
  });

  it("refuses an expired challenge", async () => {
    const { authenticator } = await withPasskey();
    const { challengeId, options } = (await authenticationOptions(CLIENT))!;
    advanceClock(6 * 60_000);
    expect(await verifyPasskeySignIn({ challengeId, response: authenticator.assert(options.challenge) }, CLIENT)).toEqual({ ok: false, error: "expired" });
  });

  it("refuses a counter that does not grow (a cloned authenticator or an old answer signed again)", async () => {
    const { authenticator } = await withPasskey();
    expect((await signInWith(authenticator, { counter: 5 })).result.ok).toBe(true);
    expect((await signInWith(authenticator, { counter: 5 })).result).toEqual({ ok: false, error: "replayed" });
    expect((await signInWith(authenticator, { counter: 3 })).result).toEqual({ ok: false, error: "replayed" });
    expect((await signInWith(authenticator, { counter: 6 })).result.ok).toBe(true);
  });

  it("refuses a removed passkey", async () => {
    const { user, authenticator } = await withPasskey();
    const [key] = await listPasskeys(user.id);
    expect(await removePasskey(user.id, key.id, PASSWORD)).toEqual({ ok: true });
    expect((await signInWith(authenticator)).result).toEqual({ ok: false, error: "unknown_passkey" });
  });

  it("refuses a passkey presented for another account, and another key under this passkey's id", async () => {
    const a = await withPasskey();
    const b = await withPasskey();
    expect((await signInWith(a.authenticator, { userHandle: b.authenticator.userHandle })).result).toEqual({ ok: false, error: "other_account" });
    // B's key signing an answer that names A's passkey: the signature does not match A's public key.
    const impostor = Object.assign(Object.create(Object.getPrototypeOf(b.authenticator)), b.authenticator, { credentialId: a.authenticator.credentialId, userHandle: a.authenticator.userHandle });
    expect((await signInWith(impostor)).result).toEqual({ ok: false, error: "not_verified" });
  });

  it("a registration challenge belongs to the account it was made for", async () => {
    const a = await account();
    const b = await account();
    const { challengeId, options } = await registrationOptions(a.id);
    const authenticator = new SoftAuthenticator(isoBase64URL.toBuffer(options.user.id));
    expect(await finishRegistration(b.id, { challengeId, name: "Stolen", response: authenticator.register(options.challenge) })).toEqual({ ok: false, error: "expired" });
  });

  it("removing the last passkey needs the password; others do not", async () => {
    const { user } = await withPasskey("First");
    const { challengeId, options } = await registrationOptions(user.id);
    const second = new SoftAuthenticator(isoBase64URL.toBuffer(options.user.id));
    expect((await finishRegistration(user.id, { challengeId, name: "Second", response: second.register(options.challenge) })).ok).toBe(true);
    const [first, other] = await listPasskeys(user.id);
    expect(await removePasskey(user.id, first.id, "")).toEqual({ ok: true });
    expect(await removePasskey(user.id, other.id, "")).toMatchObject({ ok: false, field: "passkeyPassword" });
    expect(await removePasskey(user.id, other.id, "wrong-password")).toMatchObject({ ok: false, message: "The password is not right." });
    expect(await removePasskey(user.id, other.id, PASSWORD)).toEqual({ ok: true });
    expect(await listPasskeys(user.id)).toHaveLength(0);
  });

  it("counts sign-in challenges per client", async () => {
    const client = "198.51.100.99";
    for (let i = 0; i < PASSKEY_OPTIONS_LIMIT.max; i++) expect(await authenticationOptions(client)).not.toBeNull();
    expect(await authenticationOptions(client)).toBeNull();
    expect(await authenticationOptions("198.51.100.98")).not.toBeNull();
  });

  it("a deleted account's passkey no longer signs in", async () => {
    const { user, authenticator } = await withPasskey();
    await database().update(users).set({ status: "deleted" }).where(eq(users.id, user.id));
    expect((await signInWith(authenticator)).result).toEqual({ ok: false, error: "not_allowed" });
  });
});
