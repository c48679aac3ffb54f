import { desc, eq } from "drizzle-orm";
import { getDb, type Queryable } from "@/lib/db/client";
import { termsAcceptances, termsVersions, users } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { TERMS_VERSION } from "@/machines/user-registration/definition";

/**
 * Terms of Service and Privacy Policy versions. The newest published version is the one people
 * agree to at registration; after a new one is published, signed-in people accept it before going on.
 */

export type TermsVersion = typeof termsVersions.$inferSelect;

export async function seedTerms(db: Queryable): Promise<void> {
  await db.insert(termsVersions).values({ version: TERMS_VERSION, summary: "First version.", publishedAt: new Date("2026-11-01T00:00:00Z") }).onConflictDoNothing();
}

export async function currentTerms(db?: Queryable): Promise<TermsVersion> {
  const q = db ?? (await getDb());
  const [row] = await q.select().from(termsVersions).orderBy(desc(termsVersions.publishedAt)).limit(1);
  return row ?? { version: TERMS_VERSION, summary: "First version.", publishedAt: new Date("2026-11-01T00:00:00Z") };
}

export async function publishTerms(version: string, summary: string): Promise<"published" | "exists"> {
  const db = await getDb();
  const inserted = await db.insert(termsVersions).values({ version, summary, publishedAt: new Date(now()) }).onConflictDoNothing().returning();
  return inserted.length ? "published" : "exists";
}

/** Whether this person still has to accept the current version. */
export async function mustAcceptTerms(userId: string): Promise<TermsVersion | null> {
  const db = await getDb();
  const [user] = await db.select({ termsVersion: users.termsVersion }).from(users).where(eq(users.id, userId));
  const current = await currentTerms(db);
  return user && user.termsVersion !== current.version ? current : null;
}

/** Record acceptance of a version (idempotent: a double submit records it once). */
export async function acceptTerms(userId: string, version: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.insert(termsAcceptances).values({ userId, version, acceptedAt: new Date(now()) }).onConflictDoNothing();
    await tx.update(users).set({ termsVersion: version, termsAcceptedAt: new Date(now()) }).where(eq(users.id, userId));
  });
}
