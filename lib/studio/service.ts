import "server-only";
import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import { and, desc, eq, gte, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { flowDrafts, flowEvents, flowInstances, flowVersions, studioAudit } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { flowEntry, flows } from "@/lib/flows/registry";
import { validateDefinition } from "@/lib/flows/validate";
import { translationProblems } from "@/lib/flows/localize";
import { publishedVersion, publishVersion, versionById } from "@/lib/flows/versions";
import { settingsProblems, type Problem } from "./edit";
import { undecidableBranches } from "./conditions";

/**
 * The flow studio's records: one draft per flow, publishing (validated, as a new immutable
 * version, with a note), rollback (an earlier version published again), history, the audit trail
 * and the funnel numbers from the event log. Running flows keep the version they started on.
 */

type Json = Record<string, unknown>;
export const EDITOR_ROLES = ["flow_editor", "admin"];

/** Flows shown in the studio: those with steps people see (not the case machine, which has no screens). */
export const studioFlows = () => Object.keys(flows);

export function problemsOf(flow: string, definition: Json): Problem[] {
  const entry = flowEntry(flow);
  if (!entry) return [{ path: "", message: "Unknown flow." }];
  return [...validateDefinition(definition, entry.implementations, entry.invariants, entry.placeholders), ...undecidableBranches(entry, definition), ...settingsProblems(definition)];
}

export async function audit(flow: string, actor: string, action: string, detail: Json = {}) {
  const db = await getDb();
  await db.insert(studioAudit).values({ flow, actor, action, detail });
}

/** One stored version by id (the compare page checks it belongs to the flow). */
export async function versionOf(id: string) {
  return versionById(await getDb(), id);
}

export async function published(flow: string) {
  const db = await getDb();
  return publishedVersion(db, flowEntry(flow)!);
}

/** The flow's draft, or null when nobody is editing it. */
export async function draftOf(flow: string) {
  const db = await getDb();
  const [d] = await db.select().from(flowDrafts).where(eq(flowDrafts.flow, flow));
  return d ?? null;
}

/** Start (or keep) a draft from the published version. */
export async function openDraft(flow: string, actor: string) {
  const existing = await draftOf(flow);
  if (existing) return existing;
  const db = await getDb();
  const base = await published(flow);
  const [row] = await db
    .insert(flowDrafts)
    .values({ flow, definition: base.definition, baseVersionId: base.id, updatedBy: actor })
    .onConflictDoNothing()
    .returning();
  if (row) await audit(flow, actor, "draft_opened", { baseVersion: base.version });
  return row ?? (await draftOf(flow))!;
}

export async function saveDraft(flow: string, definition: Json, actor: string, what: string, detail: Json = {}) {
  const db = await getDb();
  await db.update(flowDrafts).set({ definition, updatedBy: actor, updatedAt: new Date(now()) }).where(eq(flowDrafts.flow, flow));
  await audit(flow, actor, what, detail);
}

export async function discardDraft(flow: string, actor: string) {
  const db = await getDb();
  const gone = await db.delete(flowDrafts).where(eq(flowDrafts.flow, flow)).returning({ flow: flowDrafts.flow });
  if (gone.length) await audit(flow, actor, "draft_discarded");
}

export type PublishResult = { ok: true; version: number } | { ok: false; problems: Problem[] };

/** Publish the draft as a new version: refused while any problem remains. */
export async function publishDraft(flow: string, note: string, actor: string): Promise<PublishResult> {
  const draft = await draftOf(flow);
  if (!draft) return { ok: false, problems: [{ path: "", message: "There is no draft to publish." }] };
  const definition = draft.definition;
  // A changed text must be given in every language before it goes live (trying a draft needs no translations).
  const problems = [...problemsOf(flow, definition), ...translationProblems(definition)];
  if (problems.length) return { ok: false, problems };
  const db = await getDb();
  const v = await publishVersion(db, flowEntry(flow)!, definition, { note: note || "No note", author: actor });
  await db.delete(flowDrafts).where(eq(flowDrafts.flow, flow));
  await audit(flow, actor, "published", { version: v.version, note });
  return { ok: true, version: v.version };
}

/** Publish an earlier version's definition again, as a new version. */
export async function rollBack(flow: string, versionId: string, actor: string): Promise<PublishResult> {
  const db = await getDb();
  let old;
  try {
    old = await versionById(db, versionId);
  } catch {
    return { ok: false, problems: [{ path: "", message: "That version does not exist." }] };
  }
  if (old.flow !== flow) return { ok: false, problems: [{ path: "", message: "That version belongs to another flow." }] };
  const problems = problemsOf(flow, old.definition);
  if (problems.length) return { ok: false, problems };
  const v = await publishVersion(db, flowEntry(flow)!, old.definition, { note: `Roll back to version ${old.version}`, author: actor });
  await audit(flow, actor, "rolled_back", { to: old.version, version: v.version });
  return { ok: true, version: v.version };
}

export async function history(flow: string) {
  const db = await getDb();
  return db
    .select({ id: flowVersions.id, version: flowVersions.version, note: flowVersions.note, author: flowVersions.author, createdAt: flowVersions.createdAt })
    .from(flowVersions)
    .where(eq(flowVersions.flow, flow))
    .orderBy(desc(flowVersions.version));
}

export async function auditTrail(flow: string) {
  const db = await getDb();
  return db.select().from(studioAudit).where(eq(studioAudit.flow, flow)).orderBy(desc(studioAudit.id)).limit(50);
}

/**
 * Where people drop off, last 7 days: flows started and completed, and per state how many flows
 * reached it and how many are stopped there (left, or still on it).
 */
export async function funnel(flow: string) {
  const db = await getDb();
  const since = new Date(now() - 7 * 24 * 60 * 60_000);
  const [totals] = await db
    .select({ started: sql<number>`count(*)::int`, completed: sql<number>`count(*) filter (where ${flowInstances.status} = 'completed')::int` })
    .from(flowInstances)
    .where(and(eq(flowInstances.flow, flow), gte(flowInstances.createdAt, since)));
  const reached = await db
    .select({ state: flowEvents.toState, n: sql<number>`count(distinct ${flowEvents.instanceId})::int` })
    .from(flowEvents)
    .innerJoin(flowInstances, eq(flowInstances.id, flowEvents.instanceId))
    .where(and(eq(flowInstances.flow, flow), gte(flowInstances.createdAt, since)))
    .groupBy(flowEvents.toState);
  const stopped = await db
    .select({ state: flowInstances.stateValue, n: sql<number>`count(*)::int` })
    .from(flowInstances)
    .where(and(eq(flowInstances.flow, flow), gte(flowInstances.createdAt, since), sql`${flowInstances.status} <> 'completed'`))
    .groupBy(flowInstances.stateValue);
  return {
    started: Number(totals?.started ?? 0),
    completed: Number(totals?.completed ?? 0),
    reached: Object.fromEntries(reached.map((r) => [r.state, Number(r.n)])) as Record<string, number>,
    stopped: Object.fromEntries(stopped.map((r) => [r.state, Number(r.n)])) as Record<string, number>,
  };
}
