import "server-only";
import { cookies } from "next/headers";

/**
 * A one-minute cookie carrying a rejected form's errors and non-secret values across the
 * redirect (Post/Redirect/Get), so forms outside the flow engine keep what was typed too.
 */
export type Flash = { errors?: Record<string, string>; values?: Record<string, string>; notice?: string };

export async function setFlash(name: string, flash: Flash, path: string, maxAgeSeconds = 60): Promise<void> {
  (await cookies()).set(`gh_flash_${name}`, Buffer.from(JSON.stringify(flash)).toString("base64url"), {
    httpOnly: true,
    sameSite: "lax",
    path,
    maxAge: maxAgeSeconds,
  });
}

export async function readFlash(name: string): Promise<Flash> {
  const raw = (await cookies()).get(`gh_flash_${name}`)?.value;
  if (!raw) return {};
  try {
    return JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Flash;
  } catch {
    return {};
  }
}
