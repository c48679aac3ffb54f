import "server-only";
import { hashSecret } from "@/lib/security/secrets";
import { translator, type Translator, type Under } from "@/lib/messages";

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

const PHOTO_ERRORS = ["empty", "too_large", "too_many_pixels", "upload_limited", "heic", "unsupported", "unreadable", "too_small", "invalid"] as const satisfies readonly Under<"photo">[];

/** The words for an upload problem in a language (lib/messages/en/core.ts, `photo`); an unknown code asks for the photo again. */
export function photoErrorMessage(code: string, i18n: Translator = translator("en")): string {
  return i18n.tOr(`photo.${code}`, "photo.invalid");
}

/**
 * The words for each upload problem in English (lib/uploads/label-photo.ts uses the same): a step
 * keeps these, and the view shows them in the reader's language (lib/flows/view.ts).
 */
export const photoErrorMessages: Record<string, string> = Object.fromEntries(PHOTO_ERRORS.map((code) => [code, photoErrorMessage(code)]));
