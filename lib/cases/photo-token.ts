import "server-only";
import { hashSecret } from "@/lib/security/secrets";
import { t, type Under } from "@/lib/messages";

/**
 * A stored label photo travels through the case flow as a signed token (id, blurry flag, account),
 * so a form cannot name a photo someone else uploaded. A refused upload travels as "error:<code>".
 */
const PURPOSE = "label-photo";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

const sign = (id: string, flag: string, accountId: string) => hashSecret(PURPOSE, `${id}.${flag}.${accountId}`).slice(0, 22);

export function photoToken(id: string, blurry: boolean, accountId: string): string {
  const flag = blurry ? "b" : "s";
  return `${id}.${flag}.${sign(id, flag, accountId)}`;
}

export function readPhotoToken(value: string, accountId: string): { id: string; blurry: boolean } | null {
  const m = new RegExp(`^(${UUID})\\.([bs])\\.([\\w-]{22})$`, "i").exec(value);
  if (!m || sign(m[1], m[2], accountId) !== m[3]) return null;
  return { id: m[1], blurry: m[2] === "b" };
}

/** The words for each upload problem (lib/messages/en/core.ts, `photo`; lib/uploads/label-photo.ts uses the same). */
export const photoErrorMessages: Record<string, string> = Object.fromEntries(
  (["empty", "too_large", "too_many_pixels", "upload_limited", "heic", "unsupported", "unreadable", "too_small", "invalid"] as const satisfies readonly Under<"photo">[]).map(
    (code) => [code, t(`photo.${code}`)],
  ),
);
