import "server-only";
import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import { getDb } from "@/lib/db/client";
import { flowSubject, showFlow } from "@/lib/flows/runtime";
import { hit, limits } from "@/lib/security/rate-limit";
import { processLabelPhoto, type PhotoErrorCode } from "@/lib/uploads/label-photo";
import { savePhoto } from "@/lib/uploads/store";
import { photoToken } from "./photo-token";

/**
 * A label photo sent to the case flow. Everything cheap is checked before a single byte is decoded
 * or stored: the flow exists, is live, belongs to the signed-in account and stands on the photo
 * step, and the account is within its hourly upload quota. Only then is the image checked (its
 * header first, for the pixel limit), re-encoded and stored.
 */

const FLOW = "device-reset-case";

export type UploadRefusal =
  /** Unknown, expired or finished flow, or someone else's: nothing to upload to. */
  | "flow_not_found"
  /** The flow is not on its photo step (an old tab, a replayed form). */
  | "wrong_step"
  | "upload_limited"
  | PhotoErrorCode;

export type UploadResult = { ok: true; photoId: string; token: string; blurry: boolean } | { ok: false; code: UploadRefusal; retryAt?: number };

export async function uploadLabelPhoto(input: { userId: string; flowId: string; flowToken: string | undefined; photo: Blob }): Promise<UploadResult> {
  if ((await flowSubject(FLOW, input.flowId)) !== input.userId) return { ok: false, code: "flow_not_found" };
  const shown = await showFlow(FLOW, input.flowId, input.flowToken, { issueCaptchas: false });
  if (shown.kind !== "view" || shown.view.status !== "active") return { ok: false, code: "flow_not_found" };
  if (!shown.view.fields.some((f) => f.kind === "photo")) return { ok: false, code: "wrong_step" };

  const quota = await hit(await getDb(), limits.labelPhotoUploadsPerUser, input.userId);
  if (!quota.allowed) return { ok: false, code: "upload_limited", retryAt: quota.retryAt };

  const result = await processLabelPhoto(new Uint8Array(await input.photo.arrayBuffer()));
  if (!result.ok) return { ok: false, code: result.code };
  const photoId = await savePhoto(result.jpeg);
  return { ok: true, photoId, token: photoToken(photoId, result.blurry, input.userId), blurry: result.blurry };
}
