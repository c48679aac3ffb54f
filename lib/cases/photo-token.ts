import { hashSecret } from "@/lib/security/secrets";

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

export const photoErrorMessages: Record<string, string> = {
  empty: "Choose a photo of the device label.",
  too_large: "The photo is larger than 10 MB. Take it again at a lower resolution.",
  // Same words as lib/uploads/label-photo.ts (kept apart so the flow's fields need not load sharp).
  too_many_pixels: "The photo has too many pixels (more than 40 megapixels). Take it again at a lower resolution.",
  upload_limited: "You sent too many photos in the last hour. Try again later.",
  heic: "iPhone HEIC photos cannot be used. Share the photo as JPEG, or set Camera > Formats to Most Compatible.",
  unsupported: "Upload a JPEG, PNG or WebP photo.",
  unreadable: "The photo could not be read. It may be damaged: take it again.",
  too_small: "The photo is too small to read the serial number. Take it closer, at full resolution.",
  invalid: "Upload the photo again.",
};
