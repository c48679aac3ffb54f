import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { flowVersions } from "@/lib/db/schema";
import { flows, type FlowEntry } from "./registry";
import { assertValidDefinition } from "./validate";

export type FlowVersion = { id: string; flow: string; version: number; definition: Record<string, unknown> };

const byId = new Map<string, FlowVersion>();

/**
 * Which version is published is read at most every few seconds per process: a publish reaches
 * every app server within PUBLISHED_TTL_MS, and flows already running are pinned anyway.
 */
const PUBLISHED_TTL_MS = 5_000;
const published = new Map<string, { version: FlowVersion; at: number }>();

/**
 * Store each flow's code default as version 1 when the flow has no versions yet. When the code
 * default has changed since (a security fix, say) and nobody has published over it, the new default
 * is published as the next version, so existing databases get it too; a version an editor published
 * is never replaced, and the server says the default moved on instead.
 */
export async function seedDefaultVersions(db: Queryable): Promise<void> {
  for (const entry of Object.values(flows)) {
    assertValidDefinition(entry.defaultDefinition, entry.implementations, entry.invariants, entry.placeholders, entry);
    await db
      .insert(flowVersions)
      .values({ flow: entry.name, version: 1, definition: entry.defaultDefinition, note: "Code default", author: "system" })
      .onConflictDoNothing();
    const [newest] = await db
      .select()
      .from(flowVersions)
      .where(and(eq(flowVersions.flow, entry.name), eq(flowVersions.status, "published")))
      .orderBy(desc(flowVersions.version))
      .limit(1);
    if (!newest || canonicalJson(newest.definition) === canonicalJson(entry.defaultDefinition)) continue;
    if (newest.author !== "system") {
      console.warn(`[gatehouse] ${entry.name}: the code default changed since version ${newest.version} was published; review it in the studio`);
      continue;
    }
    // Two servers starting together race for the same number: the unique index keeps one.
    await db
      .insert(flowVersions)
      .values({ flow: entry.name, version: newest.version + 1, definition: entry.defaultDefinition, note: "Code default updated", author: "system" })
      .onConflictDoNothing();
  }
}

/** JSON with object keys sorted: jsonb does not keep key order, so stored and code definitions compare by content. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The version new flows start on: the newest published one. */
export async function publishedVersion(db: Queryable, entry: FlowEntry): Promise<FlowVersion> {
  const hit = published.get(entry.name);
  if (hit && Date.now() - hit.at < PUBLISHED_TTL_MS) return hit.version;
  const [row] = await db
    .select()
    .from(flowVersions)
    .where(and(eq(flowVersions.flow, entry.name), eq(flowVersions.status, "published")))
    .orderBy(desc(flowVersions.version))
    .limit(1);
  if (!row) {
    await seedDefaultVersions(db);
    return publishedVersion(db, entry);
  }
  const version = remember(row);
  published.set(entry.name, { version, at: Date.now() });
  return version;
}

/** A pinned version by id. Versions never change, so they are cached for good. */
export async function versionById(db: Queryable, id: string): Promise<FlowVersion> {
  const cached = byId.get(id);
  if (cached) return cached;
  const [row] = await db.select().from(flowVersions).where(eq(flowVersions.id, id));
  if (!row) throw new Error(`Flow version ${id} does not exist`);
  return remember(row);
}

function remember(row: typeof flowVersions.$inferSelect): FlowVersion {
  const v = { id: row.id, flow: row.flow, version: row.version, definition: row.definition };
  byId.set(v.id, v);
  return v;
}

/** Publish a new immutable version. Running flows keep the version they started with. */
export async function publishVersion(
  db: Queryable,
  entry: FlowEntry,
  definition: Record<string, unknown>,
  meta: { note: string; author: string },
): Promise<FlowVersion> {
  assertValidDefinition(definition, entry.implementations, entry.invariants, entry.placeholders, entry);
  const [latest] = await db
    .select({ version: flowVersions.version })
    .from(flowVersions)
    .where(eq(flowVersions.flow, entry.name))
    .orderBy(desc(flowVersions.version))
    .limit(1);
  const [row] = await db
    .insert(flowVersions)
    .values({ flow: entry.name, version: (latest?.version ?? 0) + 1, definition, note: meta.note, author: meta.author })
    .returning();
  published.delete(entry.name);
  return remember(row);
}
