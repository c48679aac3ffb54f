import "server-only";
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

/** Read at most every few seconds per process (every signed-in page asks); a publish clears it here. */
const CURRENT_TTL_MS = 5_000;
let cached: { terms: TermsVersion; at: number } | undefined;

export async function currentTerms(db?: Queryable): Promise<TermsVersion> {
  if (cached && Date.now() - cached.at < CURRENT_TTL_MS) return cached.terms;
  const q = db ?? (await getDb());
  const [row] = await q.select().from(termsVersions).orderBy(desc(termsVersions.publishedAt)).limit(1);
  const terms = row ?? { version: TERMS_VERSION, summary: "First version.", publishedAt: new Date("2026-11-01T00:00:00Z") };
  cached = { terms, at: Date.now() };
  return terms;
}

export async function publishTerms(version: string, summary: string): Promise<"published" | "exists"> {
  const db = await getDb();
  const inserted = await db.insert(termsVersions).values({ version, summary, publishedAt: new Date(now()) }).onConflictDoNothing().returning();
  cached = undefined;
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

/** Every published terms version, newest first (the admin page). */
export async function termsHistory(): Promise<TermsVersion[]> {
  const db = await getDb();
  return db.select().from(termsVersions).orderBy(desc(termsVersions.publishedAt));
}
