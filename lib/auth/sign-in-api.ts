import { z } from "zod";
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

// The sign-in page's words for the same outcomes.
const INVALID_MESSAGE = "The user name, email, phone number or password is incorrect.";
const NATIONAL_MESSAGE = `${INVALID_MESSAGE} If you typed a phone number, enter it in international format with its country code, such as +44 7700 900123.`;

export async function apiSignIn(input: SignInRequest, client: ClientInfo): Promise<ApiSignIn> {
  const token = deviceTokenFrom(input.deviceToken) ?? newDeviceToken();
  const deviceToken = signDeviceToken(token);
  const started = await beginSignIn(input.identifier, input.password, client, token);
  switch (started.kind) {
    case "signed_in":
      return { kind: "signed_in", loginToken: started.loginToken, deviceToken };
    case "check": {
      const shown = await showFlow("sign-in-check", started.flowId, started.flowToken);
      if (shown.kind !== "view" && shown.kind !== "completed") {
        // Just started, so this only happens when the database lost it: a plain refusal, not a 500.
        return { kind: "refused", status: 429, code: "rate_limited", message: "Too many attempts. Try again later.", deviceToken };
      }
      return { kind: "check", flow: shown.view, token: started.flowToken, deviceToken };
    }
    case "error": {
      const e = started.error;
      if (e === "invalid") {
        // A number typed without its country code that matched nothing: the code says how to type it.
        const code = looksNational(input.identifier) ? "invalid_national" : "invalid_credentials";
        return { kind: "refused", status: 401, code, message: code === "invalid_national" ? NATIONAL_MESSAGE : INVALID_MESSAGE, deviceToken };
      }
      if (e === "limited") {
        return { kind: "refused", status: 429, code: "rate_limited", message: "Too many failed sign-ins from your network. Wait a few minutes and try again.", deviceToken };
      }
      if (e === "unconfirmed") {
        return { kind: "refused", status: 403, code: "unconfirmed", message: "Your account is not confirmed yet. Open the registration confirmation email and select Verify Now.", deviceToken };
      }
      if (e === "must_reset") {
        return { kind: "refused", status: 403, code: "must_reset", message: "This account was locked several times. Reset your password with Forgot Password to sign in again.", deviceToken };
      }
      const minutes = Number(e.slice("locked_".length));
      return {
        kind: "refused",
        status: 429,
        code: "locked",
        message: `Too many failed sign-ins for this account. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}, or reset your password with Forgot Password.`,
        retryAt: new Date(now() + minutes * 60_000).toISOString(),
        deviceToken,
      };
    }
  }
}
