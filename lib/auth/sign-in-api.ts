import { z } from "zod";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { authenticationOptions, passkeyMessage, verifyPasskeySignIn, type PasskeyError } from "@/lib/accounts/passkeys";
import { getTranslator } from "@/lib/i18n/request";
import { now } from "@/lib/clock";
import { showFlow, type ClientInfo } from "@/lib/flows/runtime";
import type { StepView } from "@/lib/flows/view";
import { plainText } from "@/lib/validation/plain-text";
import { looksNational } from "@/lib/phone";
import { deviceTokenFrom, newDeviceToken, signDeviceToken } from "./devices";
import { beginSignIn } from "./sign-in";

/**
 * Password sign-in for native apps (POST /api/sign-in): the sign-in page's rules (beginSignIn)
 * without a browser. An app has no cookie jar it must share with a page, so the device token a
 * browser keeps in gh_device travels in the JSON instead, in the same signed form: the app keeps
 * the `deviceToken` of every answer and presents it on its next sign-in. Ticking "Trust this
 * device" in the sign-in check trusts exactly that token, so the next sign-in needs no code.
 */

export const signInRequest = z.object({
  // As the page: trimmed, at most 254 characters, never looked up with control characters in it.
  identifier: plainText().trim().min(1, "Type your user name, email or phone number.").max(254),
  // Only compared with a hash, so any characters an older password has still work.
  password: z.string().min(1, "Type your password.").max(1024),
  /** The deviceToken an earlier answer gave this app (signed); a missing or forged one gets a new one. */
  deviceToken: z.string().max(200).optional(),
});

export type SignInRequest = z.infer<typeof signInRequest>;

/** What the route answers; `deviceToken` is in every answer so an unknown account looks like a known one. */
export type ApiSignIn =
  | { kind: "signed_in"; loginToken: string; deviceToken: string }
  | { kind: "check"; flow: StepView; token: string; deviceToken: string }
  | { kind: "refused"; status: 401 | 403 | 429; code: string; message: string; retryAt?: string; deviceToken: string };

export async function apiSignIn(input: SignInRequest, client: ClientInfo): Promise<ApiSignIn> {
  const token = deviceTokenFrom(input.deviceToken) ?? newDeviceToken();
  const deviceToken = signDeviceToken(token);
  const started = await beginSignIn(input.identifier, input.password, client, token);
  // The sign-in page's words for the same outcomes, in the request's language.
  const { t } = await getTranslator();
  switch (started.kind) {
    case "signed_in":
      return { kind: "signed_in", loginToken: started.loginToken, deviceToken };
    case "check": {
      const shown = await showFlow("sign-in-check", started.flowId, started.flowToken);
      if (shown.kind !== "view" && shown.kind !== "completed") {
        // Just started, so this only happens when the database lost it: a plain refusal, not a 500.
        return { kind: "refused", status: 429, code: "rate_limited", message: t("api.sign_in_busy"), deviceToken };
      }
      return { kind: "check", flow: shown.view, token: started.flowToken, deviceToken };
    }
    case "error": {
      const e = started.error;
      if (e === "invalid") {
        // A number typed without its country code that matched nothing: the code says how to type it.
        const code = looksNational(input.identifier) ? "invalid_national" : "invalid_credentials";
        return { kind: "refused", status: 401, code, message: code === "invalid_national" ? t("login.errors.invalid_national") : t("login.errors.invalid"), deviceToken };
      }
      if (e === "limited") {
        return { kind: "refused", status: 429, code: "rate_limited", message: t("login.errors.limited"), deviceToken };
      }
      if (e === "unconfirmed") {
        return { kind: "refused", status: 403, code: "unconfirmed", message: t("login.errors.unconfirmed"), deviceToken };
      }
      if (e === "must_reset") {
        return { kind: "refused", status: 403, code: "must_reset", message: t("login.errors.must_reset"), deviceToken };
      }
      const minutes = Number(e.slice("locked_".length));
      return {
        kind: "refused",
        status: 429,
        code: "locked",
        message: t("login.locked", { minutes }),
        retryAt: new Date(now() + minutes * 60_000).toISOString(),
        deviceToken,
      };
    }
  }
}

/*
 * Passkey sign-in for native apps: POST /api/sign-in/passkey/options gives the WebAuthn request
 * options and the id of their single-use challenge; the app hands the options to the platform's
 * passkey API (ASAuthorizationPlatformPublicKeyCredentialProvider, Android's Credential Manager)
 * and sends its answer to POST /api/sign-in/passkey. The page's rules (lib/accounts/passkeys.ts):
 * the same limits per client, challenges used once within five minutes, the same origin and RP ID
 * checks (an app's answer carries the web origin of APP_URL, as an app associated with that domain
 * gives), user verification required. A passkey counts as two factors: no code follows.
 */

const base64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, "Use base64url.");

/** POST /api/sign-in/passkey/options: nothing to send (an empty body or an empty object). */
export const passkeyOptionsRequest = z.object({});

/** POST /api/sign-in/passkey: the challenge's id and the authenticator's answer, as WebAuthn's toJSON() gives it. */
export const passkeySignInRequest = z.object({
  challengeId: z.uuid().describe("The challengeId of POST /api/sign-in/passkey/options."),
  response: z
    .object({
      id: base64url(1400),
      rawId: base64url(1400),
      type: z.literal("public-key"),
      response: z.object({
        clientDataJSON: base64url(8000),
        authenticatorData: base64url(8000),
        signature: base64url(2000),
        userHandle: base64url(400).nullable().optional(),
      }),
      authenticatorAttachment: z.enum(["platform", "cross-platform"]).nullable().optional(),
      clientExtensionResults: z
        .record(z.string(), z.unknown())
        .refine((r) => JSON.stringify(r).length < 4000, "The extension results are too large.")
        .optional(),
    })
    .describe("The platform's WebAuthn assertion (AuthenticationResponseJSON), binary fields in base64url."),
});

export type PasskeySignInRequest = z.infer<typeof passkeySignInRequest>;

export type ApiPasskeySignIn = { kind: "signed_in"; userId: string; loginToken: string } | { kind: "refused"; status: 401 | 403 | 429; code: string; message: string };

/** The API's error code for each passkey refusal (stable; the message is in the request's language). */
const PASSKEY_CODES: Record<Exclude<PasskeyError, "duplicate" | "too_many">, { status: 401 | 403 | 429; code: string }> = {
  expired: { status: 401, code: "challenge_expired" },
  not_verified: { status: 401, code: "not_verified" },
  unknown_passkey: { status: 401, code: "unknown_passkey" },
  other_account: { status: 401, code: "other_account" },
  replayed: { status: 401, code: "replayed" },
  not_allowed: { status: 403, code: "not_allowed" },
  limited: { status: 429, code: "rate_limited" },
};

/** Options for a passkey sign-in, or null when this client asked for too many. */
export async function apiPasskeyOptions(client: ClientInfo) {
  return authenticationOptions(client.address);
}

export async function apiPasskeySignIn(input: PasskeySignInRequest, client: ClientInfo): Promise<ApiPasskeySignIn> {
  const { userHandle, ...assertion } = input.response.response;
  const response: AuthenticationResponseJSON = {
    id: input.response.id,
    rawId: input.response.rawId,
    type: input.response.type,
    response: { ...assertion, ...(userHandle ? { userHandle } : {}) },
    clientExtensionResults: (input.response.clientExtensionResults ?? {}) as AuthenticationResponseJSON["clientExtensionResults"],
    ...(input.response.authenticatorAttachment ? { authenticatorAttachment: input.response.authenticatorAttachment } : {}),
  };
  const result = await verifyPasskeySignIn({ challengeId: input.challengeId, response }, client.address);
  if (result.ok) return { kind: "signed_in", userId: result.userId, loginToken: result.loginToken };
  const i18n = await getTranslator();
  const known = PASSKEY_CODES[result.error as keyof typeof PASSKEY_CODES] ?? PASSKEY_CODES.not_verified;
  return { kind: "refused", ...known, message: passkeyMessage(i18n, result.error) };
}
