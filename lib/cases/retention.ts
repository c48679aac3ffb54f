import { and, eq, isNotNull, isNull, lt } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { supportCases } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { deletePhoto } from "@/lib/uploads/store";
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
