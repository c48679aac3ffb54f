import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { supportCases } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { deletePhoto, deleteTempFilesBefore, photosSavedBefore } from "@/lib/uploads/store";
import { recordCaseEvent } from "./service";

/** Delete label photos of cases closed more than `days` ago; the case and its audit trail stay. */
export async function purgeClosedCasePhotos(db: Queryable, days: number): Promise<number> {
  const before = new Date(now() - days * 24 * 60 * 60_000);
  const due = await db
    .select({ id: supportCases.id, photoId: supportCases.photoId })
    .from(supportCases)
    .where(and(isNotNull(supportCases.closedAt), lt(supportCases.closedAt, before), isNotNull(supportCases.photoId), isNull(supportCases.photoDeletedAt)))
    .limit(500);
  for (const c of due) {
    await deletePhoto(c.photoId!);
    await db.update(supportCases).set({ photoId: null, photoDeletedAt: new Date(now()) }).where(eq(supportCases.id, c.id));
    await recordCaseEvent(db, c.id, null, "photo_deleted", { retentionDays: days });
  }
  return due.length;
}

/**
 * How old an uploaded label photo may get without a case holding it. The sweep runs with the
 * housekeeping every 10 minutes, so no unattached photo outlives an hour; a case flow confirmed
 * later than this after its upload asks for the photo again (lib/flows/effects.ts).
 */
export const ORPHAN_PHOTO_MAX_AGE_MS = 50 * 60_000;

/**
 * Delete label photos that no case holds once they are `maxAgeMs` old: uploads of flows that were
 * abandoned, replaced by another photo, or refused after the photo was stored.
 */
export async function purgeOrphanPhotos(db: Queryable, maxAgeMs = ORPHAN_PHOTO_MAX_AGE_MS): Promise<number> {
  const before = now() - maxAgeMs;
  const old = await photosSavedBefore(before);
  let deleted = 0;
  for (let i = 0; i < old.length; i += 500) {
    const batch = old.slice(i, i + 500);
    const held = await db.select({ photoId: supportCases.photoId }).from(supportCases).where(inArray(supportCases.photoId, batch));
    const kept = new Set(held.map((r) => r.photoId));
    for (const id of batch) if (!kept.has(id) && (await deletePhoto(id))) deleted++;
  }
  await deleteTempFilesBefore(before);
  return deleted;
}
