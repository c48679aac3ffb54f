import { afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { eq } from "drizzle-orm";
import { passkeys, users } from "@/lib/db/schema";
import { PASSKEY_OPTIONS_LIMIT, listPasskeys, removePasskey } from "@/lib/accounts/passkeys";
import { advanceClock, resetClock } from "@/lib/clock";
import { limits } from "@/lib/security/rate-limit";
import { translator, type Locale } from "@/lib/messages";
import { useFlowDatabase, insertAccount } from "./db";
import { signedIn } from "../support/sign-in-stub";
import { SoftAuthenticator, registerSoftPasskey } from "./soft-authenticator";

/**
 * Passkey sign-in for native apps through the route handlers (POST /api/sign-in/passkey/options,
 * then POST /api/sign-in/passkey) with a software authenticator, so every WebAuthn check runs for
 * real. Auth.js is a stand-in that consumes the login token, as its credentials provider does; the
 * request's language is set per test.
 */
vi.mock("@/lib/auth", () => import("../support/sign-in-stub"));
let locale: Locale = "en";
vi.mock("@/lib/i18n/request", () => ({
  getTranslator: async () => translator(locale),
  getLocale: async () => locale,
}));

const { POST: optionsRoute } = await import("@/app/api/sign-in/passkey/options/route");
const { POST: passkeyRoute } = await import("@/app/api/sign-in/passkey/route");

const database = useFlowDatabase();
const PASSWORD = "Passkey-Api-Passw0rd-1";
const CLIENT = "203.0.113.60";
let n = 0;
afterEach(() => {
  resetClock();
  locale = "en";
});

type Answer = { status: number; body: Record<string, any> };

function request(
  url: string,
  body: unknown,
  opts: {
    address?: string;
    contentType?: string;
    raw?: string;
    headers?: Record<string, string>;
  } = {},
) {
  return new Request(`http://gatehouse.test${url}`, {
    method: "POST",
    headers: {
      "content-type": opts.contentType ?? "application/json",
      "x-forwarded-for": opts.address ?? CLIENT,
      "user-agent": "GatehouseApp/1.0 (iOS 19)",
      ...opts.headers,
    },
    body: opts.raw ?? JSON.stringify(body),
  });
}

async function options(opts: Parameters<typeof request>[2] = {}, body: unknown = {}): Promise<Answer> {
  const response = await optionsRoute(request("/api/sign-in/passkey/options", body, opts));
  return { status: response.status, body: await response.json() };
}

async function signInCall(body: unknown, opts: Parameters<typeof request>[2] = {}): Promise<Answer> {
  const response = await passkeyRoute(request("/api/sign-in/passkey", body, opts));
  return { status: response.status, body: await response.json() };
}

async function withPasskey() {
  const user = await insertAccount(database(), `pkapi_${++n}`, PASSWORD);
  return { user, authenticator: await registerSoftPasskey(user.id) };
}

/** Options, then the authenticator's answer to them: the whole sign-in an app makes. */
async function signInWith(authenticator: SoftAuthenticator, assertOpts: Parameters<SoftAuthenticator["assert"]>[1] = {}, address = CLIENT) {
  const started = await options({ address });
  expect(started.status).toBe(200);
  const body = {
    challengeId: started.body.challengeId,
    response: authenticator.assert(started.body.options.challenge, assertOpts),
  };
  return { answer: await signInCall(body, { address }), body };
}

describe("passkey sign-in for native apps", () => {
  it("answers WebAuthn request options with a challenge id, then signs in with the assertion: no code, a session at once", async () => {
    const { user, authenticator } = await withPasskey();
    const started = await options();
    expect(started.status).toBe(200);
    expect(started.body.challengeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(started.body.options).toMatchObject({
      challenge: expect.any(String),
      rpId: expect.any(String),
      userVerification: "required",
    });
    // An empty body is as good as {}.
    expect((await optionsRoute(request("/api/sign-in/passkey/options", null, { raw: "" }))).status).toBe(200);

    const before = signedIn.length;
    const answer = await signInCall({
      challengeId: started.body.challengeId,
      response: authenticator.assert(started.body.options.challenge),
    });
    expect(answer).toEqual({ status: 200, body: { status: "signed_in" } });
    expect(signedIn.slice(before)).toEqual([user.id]);
    expect((await listPasskeys(user.id))[0].lastUsedAt).toBeInstanceOf(Date);
  });

  it("a challenge works once, and only for five minutes", async () => {
    const { authenticator } = await withPasskey();
    const { answer, body } = await signInWith(authenticator);
    expect(answer.status).toBe(200);
    // The same answer again, and a fresh signature over the used challenge: both refused.
    const again = await signInCall(body);
    expect(again).toMatchObject({
      status: 401,
      body: {
        error: {
          code: "challenge_expired",
          message: "That passkey request expired or was already used. Try again.",
        },
      },
    });
    const resigned = await signInCall({
      challengeId: body.challengeId,
      response: authenticator.assert(JSON.parse(Buffer.from(body.response.response.clientDataJSON, "base64url").toString()).challenge),
    });
    expect(resigned.body.error.code).toBe("challenge_expired");

    const started = await options();
    advanceClock(6 * 60_000);
    const late = await signInCall({
      challengeId: started.body.challengeId,
      response: authenticator.assert(started.body.options.challenge),
    });
    expect(late).toMatchObject({
      status: 401,
      body: { error: { code: "challenge_expired" } },
    });
    // A challenge id nobody issued.
    const unknown = await signInCall({
      challengeId: "00000000-0000-4000-8000-000000000000",
      response: authenticator.assert(started.body.options.challenge),
    });
    expect(unknown.body.error.code).toBe("challenge_expired");
  });

  it("refuses a signature counter that does not grow (a copied passkey, an old answer)", async () => {
    const { authenticator } = await withPasskey();
    expect((await signInWith(authenticator, { counter: 5 })).answer.status).toBe(200);
    const same = await signInWith(authenticator, { counter: 5 });
    expect(same.answer).toMatchObject({
      status: 401,
      body: { error: { code: "replayed" } },
    });
    expect((await signInWith(authenticator, { counter: 3 })).answer.body.error.code).toBe("replayed");
    expect((await signInWith(authenticator, { counter: 6 })).answer.status).toBe(200);
  });

  it("refuses a removed passkey", async () => {
    const { user, authenticator } = await withPasskey();
    const [key] = await listPasskeys(user.id);
    expect(await removePasskey(user.id, key.id, PASSWORD)).toEqual({
      ok: true,
    });
    const { answer } = await signInWith(authenticator);
    expect(answer).toMatchObject({
      status: 401,
      body: {
        error: {
          code: "unknown_passkey",
          message: "That passkey is not registered with Gatehouse. Sign in with your password.",
        },
      },
    });
  });

  it("refuses a passkey presented for another account, and another account's key under this passkey's id", async () => {
    const a = await withPasskey();
    const b = await withPasskey();
    const before = signedIn.length;
    const claimed = await signInWith(a.authenticator, {
      userHandle: b.authenticator.userHandle,
    });
    expect(claimed.answer).toMatchObject({
      status: 401,
      body: { error: { code: "other_account" } },
    });
    // B's key signing an answer that names A's passkey and account: A's public key does not match.
    const impostor = Object.assign(Object.create(Object.getPrototypeOf(b.authenticator)), b.authenticator, {
      credentialId: a.authenticator.credentialId,
      userHandle: a.authenticator.userHandle,
    });
    expect((await signInWith(impostor)).answer).toMatchObject({
      status: 401,
      body: { error: { code: "not_verified" } },
    });
    expect(signedIn.slice(before)).toEqual([]);
  });

  it("refuses an account that cannot sign in", async () => {
    const { user, authenticator } = await withPasskey();
    await database().update(users).set({ status: "deleted" }).where(eq(users.id, user.id));
    expect((await signInWith(authenticator)).answer).toMatchObject({
      status: 403,
      body: { error: { code: "not_allowed" } },
    });
  });

  it("an answer signed for another origin is refused", async () => {
    const { authenticator } = await withPasskey();
    const started = await options();
    const response = authenticator.assert(started.body.options.challenge);
    const clientData = JSON.parse(Buffer.from(response.response.clientDataJSON, "base64url").toString());
    const forged = {
      ...response,
      response: {
        ...response.response,
        clientDataJSON: Buffer.from(JSON.stringify({ ...clientData, origin: "https://evil.example" })).toString("base64url"),
      },
    };
    expect(
      (
        await signInCall({
          challengeId: started.body.challengeId,
          response: forged,
        })
      ).body.error.code,
    ).toBe("not_verified");
  });

  it("an Android app's answer (its apk-key-hash origin) signs in only once PASSKEY_APP_ORIGINS lists that origin", async () => {
    const { user, authenticator } = await withPasskey();
    authenticator.origin = `android:apk-key-hash:${Buffer.alloc(32, 7).toString("base64url")}`;
    expect((await signInWith(authenticator)).answer.body.error.code).toBe("not_verified");
    process.env.PASSKEY_APP_ORIGINS = authenticator.origin;
    try {
      expect((await signInWith(authenticator)).answer).toMatchObject({ status: 200, body: { status: "signed_in" } });
      expect(signedIn.at(-1)).toBe(user.id);
      // Another app's signing key is still refused.
      authenticator.origin = `android:apk-key-hash:${Buffer.alloc(32, 8).toString("base64url")}`;
      expect((await signInWith(authenticator)).answer.body.error.code).toBe("not_verified");
    } finally {
      delete process.env.PASSKEY_APP_ORIGINS;
    }
  });

  it("speaks the request's language", async () => {
    const { user, authenticator } = await withPasskey();
    await database().delete(passkeys).where(eq(passkeys.userId, user.id));
    locale = "de";
    const { answer } = await signInWith(authenticator);
    expect(answer.body.error).toEqual({
      code: "unknown_passkey",
      message: translator("de").t("passkeys.errors.unknown_passkey"),
    });
    expect(answer.body.error.message).toContain("Passkey");
    expect(answer.body.error.message).not.toContain("Sign in");
  });

  it("removing a passkey speaks the request's language too", async () => {
    const { user } = await withPasskey();
    const [key] = await listPasskeys(user.id);
    locale = "es";
    expect(await removePasskey(user.id, key.id, "")).toEqual({ ok: false, field: "passkeyPassword", message: "Introduzca su contraseña para quitar su última llave de acceso." });
    locale = "de";
    expect(await removePasskey(user.id, key.id, "not-the-password")).toEqual({ ok: false, field: "passkeyPassword", message: "Das Passwort ist nicht richtig." });
  });

  it("counts options and answers per network, as the sign-in page does", async () => {
    const address = "203.0.113.61";
    for (let i = 0; i < PASSKEY_OPTIONS_LIMIT.max; i++) expect((await options({ address })).status).toBe(200);
    const limited = await options({ address });
    expect(limited).toMatchObject({
      status: 429,
      body: { error: { code: "rate_limited" } },
    });
    expect((await options({ address: "203.0.113.62" })).status).toBe(200);

    const { authenticator } = await withPasskey();
    const started = await options({ address: "203.0.113.63" });
    const body = {
      challengeId: "00000000-0000-4000-8000-000000000000",
      response: authenticator.assert(started.body.options.challenge),
    };
    for (let i = 0; i < limits.signInAttemptsPerClient.max; i++) expect((await signInCall(body, { address: "203.0.113.63" })).status).toBe(401);
    const refused = await signInCall({ ...body, challengeId: started.body.challengeId }, { address: "203.0.113.63" });
    expect(refused).toMatchObject({
      status: 429,
      body: { error: { code: "rate_limited" } },
    });
  });

  it("answers garbage with 400 (or 415, 403), never a 500", async () => {
    const { authenticator } = await withPasskey();
    const started = await options();
    const good = {
      challengeId: started.body.challengeId,
      response: authenticator.assert(started.body.options.challenge),
    };
    const bad: unknown[] = [
      null,
      [],
      "x",
      42,
      {},
      { challengeId: "nope", response: good.response },
      { challengeId: good.challengeId },
      { challengeId: good.challengeId, response: "x" },
      {
        challengeId: good.challengeId,
        response: { ...good.response, type: "password" },
      },
      {
        challengeId: good.challengeId,
        response: { ...good.response, id: "not base64url!" },
      },
      {
        challengeId: good.challengeId,
        response: { ...good.response, id: "A".repeat(5000) },
      },
      {
        challengeId: good.challengeId,
        response: {
          ...good.response,
          response: { ...good.response.response, signature: 7 },
        },
      },
      {
        challengeId: good.challengeId,
        response: {
          ...good.response,
          response: { clientDataJSON: good.response.response.clientDataJSON },
        },
      },
      {
        challengeId: good.challengeId,
        response: {
          ...good.response,
          clientExtensionResults: { big: "x".repeat(10_000) },
        },
      },
      {
        challengeId: good.challengeId,
        response: {
          ...good.response,
          response: { ...good.response.response, userHandle: "\u0000" },
        },
      },
    ];
    for (const body of bad) {
      const answer = await signInCall(body);
      expect(answer.status, JSON.stringify(body).slice(0, 200)).toBe(400);
      expect(answer.body.error.code).toBe("invalid_request");
    }
    expect((await passkeyRoute(request("/api/sign-in/passkey", null, { raw: "{not json" }))).status).toBe(400);
    expect((await passkeyRoute(request("/api/sign-in/passkey", null, { raw: "" }))).status).toBe(400);
    expect((await passkeyRoute(request("/api/sign-in/passkey", good, { contentType: "text/plain" }))).status).toBe(415);
    expect(
      (
        await passkeyRoute(
          request("/api/sign-in/passkey", good, {
            headers: { "sec-fetch-site": "cross-site" },
          }),
        )
      ).status,
    ).toBe(403);
    for (const body of [[1], "x", 3, null]) expect((await options({}, body)).status).toBe(400);
    expect((await optionsRoute(request("/api/sign-in/passkey/options", null, { raw: "{oops" }))).status).toBe(400);
    expect((await optionsRoute(request("/api/sign-in/passkey/options", {}, { contentType: "application/x-www-form-urlencoded" }))).status).toBe(415);
    // The untouched answer still works: none of the garbage used its challenge up.
    expect((await signInCall(good)).status).toBe(200);

    // Well-shaped answers with random contents: refused, never thrown.
    const b64 = fc.base64String({ minLength: 4, maxLength: 200 }).map((s) => s.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "") || "AA");
    let i = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          id: b64,
          clientDataJSON: b64,
          authenticatorData: b64,
          signature: b64,
          userHandle: fc.option(b64, { nil: undefined }),
        }),
        async (r) => {
          const address = `198.51.100.${(i++ % 200) + 1}`;
          const fresh = await options({ address });
          const body = {
            challengeId: fresh.body.challengeId,
            response: {
              id: r.id,
              rawId: r.id,
              type: "public-key",
              response: {
                clientDataJSON: r.clientDataJSON,
                authenticatorData: r.authenticatorData,
                signature: r.signature,
                userHandle: r.userHandle,
              },
              clientExtensionResults: {},
            },
          };
          const answer = await signInCall(body, { address });
          expect([400, 401]).toContain(answer.status);
        },
      ),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const answer = await signInCall(value, { address: "198.51.100.250" });
        expect([400, 401]).toContain(answer.status);
      }),
      { numRuns: 60 },
    );
  });
});
