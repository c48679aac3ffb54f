import "server-only";
import { cookies } from "next/headers";
import { config } from "@/lib/config";
import { deviceTokenFrom, newDeviceToken, signDeviceToken } from "@/lib/auth/devices";

/** The browser's device token lives in one signed HttpOnly cookie for every account it signs in to. */
const NAME = "gh_device";
// Browsers cap cookie lifetimes at about 400 days; trust itself expires sooner, in the database.
const MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** This browser's device token, or null when it has none (or a forged one). */
export async function deviceToken(): Promise<string | null> {
  return deviceTokenFrom((await cookies()).get(NAME)?.value);
}

/** This browser's device token, giving it one first if it has none. */
export async function ensureDeviceToken(): Promise<string> {
  const existing = await deviceToken();
  const token = existing ?? newDeviceToken();
  (await cookies()).set(NAME, signDeviceToken(token), {
    httpOnly: true,
    sameSite: "lax",
    secure: config.appUrl.startsWith("https://"),
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
  return token;
}
