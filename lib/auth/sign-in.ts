import "server-only";
import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import { getDb } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { startFlow, submitStep, type ClientInfo } from "@/lib/flows/runtime";
import { describeDevice } from "@/lib/accounts/security";
import { maskContact } from "@/lib/phone";
import { issueLoginToken, verifyCredentials } from "./credentials";
import { deviceStanding, deviceTokenHash } from "./devices";
import { attemptSucceeded, passwordAccepted } from "./lockout";

/**
 * Password sign-in, before Auth.js is involved. A right password from a browser the account
 * trusts (and no two-step setting) gets a single-use login token at once; anything else starts a
 * sign-in check flow, whose code must be entered before a login token is issued. Auth.js only
 * ever exchanges login tokens, so no path skips the check.
 */

export type SignInError = "invalid" | "limited" | "unconfirmed" | "must_reset" | `locked_${number}`;

export type SignInStart =
  | { kind: "error"; error: SignInError }
  | { kind: "signed_in"; loginToken: string }
  | { kind: "check"; flowId: string; flowToken: string };

// The page re-renders after the redirect, so the flow calls skip building views' extras.
const NO_VIEW = { issueCaptchas: false };

export async function beginSignIn(identifier: string, password: string, client: ClientInfo, deviceToken: string): Promise<SignInStart> {
  const user = await verifyCredentials(identifier, password, client.address, { settle: false, deviceToken });
  if (user === null) return { kind: "error", error: "invalid" };
  if (user === "limited" || user === "unconfirmed" || user === "must_reset") return { kind: "error", error: user };
  if ("lockedUntil" in user) return { kind: "error", error: `locked_${Math.max(1, Math.ceil((user.lockedUntil - now()) / 60_000))}` };

  // Known: a browser this account trusts, on a network it has signed in from before.
  const standing = await deviceStanding(user.id, deviceToken, client.address);
  const known = standing.trusted && standing.placeSeen;
  if (known && !user.twoFactor) {
    await attemptSucceeded(user.lock);
    return { kind: "signed_in", loginToken: await issueLoginToken(await getDb(), user.id) };
  }

  // The password was right, the code is still to come: failures start over, locks stay. The code
  // counts against the same lock (this identifier's from an untrusted browser, or this browser's).
  await passwordAccepted(user.lock);
  const started = await startFlow("sign-in-check", client, NO_VIEW, {
    subject: user.id,
    context: {
      account: {
        id: user.id,
        email: user.email ?? undefined,
        phone: user.phone ?? undefined,
        maskedEmail: user.email ? maskContact(user.email) : undefined,
        maskedPhone: user.phone ? maskContact(user.phone) : undefined,
        notify: user.email ? { channel: "email", to: user.email } : { channel: "sms", to: user.phone },
      },
      device: {
        tokenHash: deviceTokenHash(deviceToken),
        userAgent: client.userAgent?.slice(0, 300),
        clientAddress: client.address,
        label: describeDevice(client.userAgent),
        known,
      },
      lock: user.lock,
    },
  });
  if (started.kind === "limited") return { kind: "error", error: "limited" };
  // With one contact there is nothing to choose: the code goes out at once.
  if (!user.email || !user.phone) {
    const intent = user.email ? "SEND_EMAIL" : "SEND_SMS";
    await submitStep("sign-in-check", started.id, started.token, { revision: 0, intent, fields: {} }, client, NO_VIEW);
  }
  return { kind: "check", flowId: started.id, flowToken: started.token };
}
