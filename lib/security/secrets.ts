import "server-only";
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

/** A code of `length` decimal digits from the CSPRNG (no letters, so no 0/O or 1/I confusion). */
export function randomDigits(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += String(randomInt(0, 10));
  return out;
}

/** Capital letters and digits without look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B). */
const CAPTCHA_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

export function randomCaptchaText(length = 4): string {
  let out = "";
  for (let i = 0; i < length; i++) out += CAPTCHA_ALPHABET[randomInt(0, CAPTCHA_ALPHABET.length)];
  return out;
}

/** An opaque URL-safe token (flow tokens, login tokens, links). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/**
 * Keyed hash for short secrets stored at rest. A plain hash of a 6-digit code is reversed
 * by trying a million values; with the server key it cannot be without that key.
 */
export function hashSecret(purpose: string, value: string): string {
  return createHmac("sha256", config.secret).update(purpose).update("\0").update(value).digest("base64url");
}

/** Constant-time comparison of a candidate against a stored `hashSecret` value. */
export function secretMatches(purpose: string, candidate: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(purpose, candidate));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
