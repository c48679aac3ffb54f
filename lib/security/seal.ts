import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { config } from "@/lib/config";

/**
 * Authenticated encryption (AES-256-GCM) for secrets the app must show again later, such as a
 * device reset code its owner copies from the Case page. The key is derived from the server secret
 * per purpose, so a sealed value for one purpose cannot be opened as another.
 */
function key(purpose: string): Buffer {
  return createHash("sha256").update(config.secret).update("\0seal\0").update(purpose).digest();
}

export function seal(purpose: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** The plain text, or null if the value was tampered with or sealed for another purpose or key. */
export function unseal(purpose: string, sealed: string): string | null {
  try {
    const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
