import { and, eq, sql, type SQL } from "drizzle-orm";
import { getDb, queryRows, type Queryable } from "@/lib/db/client";
import { flowInstances } from "@/lib/db/schema";
import type { FlowSnapshotJson } from "@/lib/db/json-types";
import { now } from "@/lib/clock";
import { hit, limits } from "@/lib/security/rate-limit";
import { hashSecret, randomDigits, randomToken, secretMatches } from "@/lib/security/secrets";
import { notifyOutbox } from "@/lib/messaging/dispatcher";
import { flowEntry, type FlowEntry } from "./registry";
import { buildMachine, currentStep, initialSnapshot, persistSnapshot, restoreSnapshot, stateValueString, step as stepMachine } from "./machine";
import { publishedVersion, versionById } from "./versions";
import { applyEffects, EffectRefused, type EffectOutcome } from "./effects";
import { prepareCaptcha, type PreparedCaptcha } from "@/lib/security/captcha";
import { keptValues, validateStep } from "./fields";
import { buildView, type Feedback, type StepView } from "./view";
import { errorMessage } from "./messages";
import { progressOf, type Progress } from "./progress";
import type { FlowWorld, StepMeta } from "./types";
import { getLocale } from "@/lib/i18n/request";
import type { Locale } from "@/lib/messages/locales";

/**
 * Runs flows: start one, show its current step, submit a step.
 * Each submission loads the instance, restores its actor on the version it is pinned to, sends
 * one event and stores the new snapshot with `revision = revision + 1 WHERE revision = old`, the
 * event log row and the effects in one transaction. Of two concurrent submissions exactly one
 * commits; the other gets the fresh state back.
 */

export type ClientInfo = {
  address: string;
  userAgent?: string;
  /** The person's language; when not given, the request's (the picker's cookie, else Accept-Language). */
  locale?: Locale;
};

export type FlowResult =
  /** `stale`: the submission was for an older revision and nothing was applied. */
  | { kind: "view"; view: StepView; stale?: boolean }
  | { kind: "completed"; view: StepView; loginToken?: string; userId?: string; caseId?: string }
  | { kind: "not_found" }
  | { kind: "limited"; retryAt: number };

export type Submission = { revision: number; intent?: string; fields: Record<string, unknown> };

const TOKEN_PURPOSE = "flow-token";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFRESH_CAPTCHA = "refresh-captcha";
const SUBMISSION_PURPOSE = "flow-submission";

/**
 * A submission as one canonical text: its revision, intent and every field as sent. Its keyed hash
 * is stored with the revision it produced, so a repeat of the same submission (a double click, a
 * retry) is recognised without keeping what was typed (passwords and codes included) in clear.
 */
function submissionText(submission: Submission): string {
  const fields = Object.keys(submission.fields)
    .sort()
    .map((k) => [k, submission.fields[k]]);
  return JSON.stringify([submission.revision, submission.intent ?? "", fields]);
}

/** True when `row` is the revision that this very submission produced. */
function isRepeat(row: InstanceRow, submission: Submission): boolean {
  const fb = row.feedback;
  return (
    row.revision === submission.revision + 1 &&
    fb?.revision === row.revision &&
    typeof fb.accepted === "string" &&
    secretMatches(SUBMISSION_PURPOSE, submissionText(submission), fb.accepted)
  );
}

class StaleRevision extends Error {}

/** What the resolver looked up, checked against the facts the flow declares for the event: nothing undeclared reaches a guard. */
function readFacts(entry: FlowEntry, type: string, facts: Record<string, unknown>): Record<string, unknown> {
  const schema = Object.hasOwn(entry.facts, type) ? entry.facts[type] : undefined;
  if (!schema) {
    if (Object.keys(facts).length) throw new Error(`${entry.name} declares no facts for ${type}, yet its resolver returned ${Object.keys(facts).join(", ")}`);
    return facts;
  }
  const parsed = schema.strict().safeParse(facts);
  if (!parsed.success) throw new Error(`${entry.name}: the facts for ${type} do not match their schema: ${parsed.error.message}`);
  return parsed.data;
}

function entryOrThrow(flow: string): FlowEntry {
  const entry = flowEntry(flow);
  if (!entry) throw new Error(`Unknown flow ${flow}`);
  return entry;
}

type InstanceRow = typeof flowInstances.$inferSelect;

async function loadInstance(db: Queryable, flow: string, id: string, token: string | undefined): Promise<InstanceRow | null> {
  if (!token || !UUID.test(id)) return null;
  const [row] = await db.select().from(flowInstances).where(and(eq(flowInstances.id, id), eq(flowInstances.flow, flow)));
  if (!row || !secretMatches(TOKEN_PURPOSE, token, row.tokenHash)) return null;
  // A purged flow no longer holds anything to show or continue.
  if (row.status === "purged" || Object.keys(row.snapshot).length === 0) return null;
  return row;
}

function statusOf(row: Pick<InstanceRow, "status" | "expiresAt">): StepView["status"] {
  if (row.status === "completed") return "completed";
  return row.expiresAt.getTime() <= now() ? "expired" : "active";
}

export type ViewOptions = { issueCaptchas?: boolean };

async function viewOf(db: Queryable, entry: FlowEntry, row: InstanceRow, opts: ViewOptions = {}): Promise<StepView> {
  const version = await versionById(db, row.versionId);
  const machine = buildMachine(entry, version.definition, version.id);
  const snapshot = restoreSnapshot(machine, row.snapshot);
  const step = currentStep(snapshot);
  if (!step) throw new Error(`State ${row.stateValue} of ${entry.name} has no step description`);
  return buildView(db, {
    flow: entry.name,
    id: row.id,
    revision: row.revision,
    status: statusOf(row),
    expiresAt: row.expiresAt,
    step,
    definition: version.definition,
    context: snapshot.context as Record<string, unknown>,
    feedback: row.feedback,
    issueCaptchas: opts.issueCaptchas,
  });
}

/** The first step of a flow as it would be shown before anything was submitted. */
export async function firstStep(flow: string): Promise<{ step: StepMeta; versionId: string }> {
  const entry = entryOrThrow(flow);
  const db = await getDb();
  const version = await publishedVersion(db, entry);
  const { snapshot } = initialSnapshot(buildMachine(entry, version.definition, version.id));
  return { step: currentStep(snapshot)!, versionId: version.id };
}

/** Where the first step stands ("Step 1 of 4"), for a start page shown before any flow exists. */
export async function firstStepProgress(flow: string): Promise<Progress | undefined> {
  const entry = entryOrThrow(flow);
  const version = await publishedVersion(await getDb(), entry);
  const { step } = await firstStep(flow);
  return progressOf(version.definition, step.step);
}

/**
 * The first step as a view, before any flow exists (for wizards whose first page is an ordinary
 * step form): its form starts the flow and submits revision 0 in one go.
 */
export async function initialView(flow: string): Promise<StepView> {
  const entry = entryOrThrow(flow);
  const db = await getDb();
  const version = await publishedVersion(db, entry);
  const { snapshot } = initialSnapshot(buildMachine(entry, version.definition, version.id));
  return buildView(db, {
    flow: entry.name,
    id: "",
    revision: 0,
    status: "active",
    expiresAt: new Date(now() + 60 * 60_000),
    step: currentStep(snapshot)!,
    definition: version.definition,
    context: snapshot.context as Record<string, unknown>,
  });
}

/** A persisted snapshot with server-provided context merged in (it is plain JSON). */
function withContext(persisted: unknown, extra?: Record<string, unknown>): FlowSnapshotJson {
  const p = persisted as FlowSnapshotJson;
  return extra ? { ...p, context: { ...p.context, ...extra } } : p;
}

/** The account a flow is about (flows started for a signed-in person), or null. */
export async function flowSubject(flow: string, id: string): Promise<string | null> {
  if (!UUID.test(id)) return null;
  const db = await getDb();
  const [row] = await db.select({ subject: flowInstances.subject }).from(flowInstances).where(and(eq(flowInstances.id, id), eq(flowInstances.flow, flow)));
  return row?.subject ?? null;
}

/** Start a flow on the newest published version. The token is the bearer's proof of ownership. */
export async function startFlow(
  flow: string,
  client: ClientInfo,
  opts: ViewOptions = {},
  /** For flows about an account: its id, and context the server vouches for (merged into the initial context). */
  about?: { subject: string; context: Record<string, unknown> },
): Promise<{ kind: "started"; id: string; token: string; view: StepView } | { kind: "limited"; retryAt: number }> {
  const entry = entryOrThrow(flow);
  if (!entry.public && !about) throw new Error(`${flow} is started only for a signed-in account`);
  const db = await getDb();
  const limit = await hit(db, limits.flowStartsPerClient, client.address);
  if (!limit.allowed) return { kind: "limited", retryAt: limit.retryAt };
  const version = await publishedVersion(db, entry);
  const machine = buildMachine(entry, version.definition, version.id);
  const { snapshot } = initialSnapshot(machine);
  const settings = (snapshot.context as { settings?: { flowTtlMs?: number } }).settings;
  const token = randomToken();
  const [row] = await db
    .insert(flowInstances)
    .values({
      flow: entry.name,
      versionId: version.id,
      tokenHash: hashSecret(TOKEN_PURPOSE, token),
      snapshot: withContext(persistSnapshot(machine, snapshot), about?.context),
      subject: about?.subject,
      // The starter's language: the flow's codes and emails go out in it, and an account it creates keeps it.
      locale: client.locale ?? (await getLocale()),
      revision: 0,
      stateValue: stateValueString(snapshot.value),
      clientAddress: client.address,
      expiresAt: new Date(now() + (settings?.flowTtlMs ?? 60 * 60_000)),
    })
    .returning();
  return { kind: "started", id: row.id, token, view: await viewOf(db, entry, row, opts) };
}

export async function showFlow(flow: string, id: string, token: string | undefined, opts: ViewOptions = {}): Promise<FlowResult> {
  const entry = entryOrThrow(flow);
  const db = await getDb();
  const row = await loadInstance(db, flow, id, token);
  if (!row) return { kind: "not_found" };
  return shownRow(db, entry, row, opts);
}

/**
 * Keep feedback for the current revision and show the step with it. The update returns the row,
 * so the view needs no second read; when another submission committed meanwhile nothing is
 * kept and the fresh state is shown.
 */
async function withFeedback(db: Queryable, entry: FlowEntry, row: InstanceRow, feedback: Feedback, token: string | undefined, opts: ViewOptions): Promise<FlowResult> {
  // What produced this revision stays known while the person works on the step it led to.
  const accepted = row.feedback?.revision === row.revision ? row.feedback.accepted : undefined;
  const [saved] = await db
    .update(flowInstances)
    .set({ feedback: accepted ? { ...feedback, accepted } : feedback })
    .where(and(eq(flowInstances.id, row.id), eq(flowInstances.revision, row.revision)))
    .returning();
  if (!saved) return showFlow(entry.name, row.id, token, opts);
  return shownRow(db, entry, saved, opts);
}

async function shownRow(db: Queryable, entry: FlowEntry, row: InstanceRow, opts: ViewOptions): Promise<FlowResult> {
  const view = await viewOf(db, entry, row, opts);
  return view.status === "completed" ? { kind: "completed", view } : { kind: "view", view };
}

/** A unique-key clash on commit means another flow took the same user name or email first. */
function uniqueViolationAsRefusal(error: unknown): EffectRefused | undefined {
  for (let e = error as { code?: string; cause?: unknown; message?: string; constraint_name?: string; constraint?: string } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505") {
      const constraint = `${e.constraint_name ?? e.constraint ?? ""} ${e.message ?? ""}`;
      return constraint.includes("username")
        ? new EffectRefused("username", "username_taken")
        : new EffectRefused(undefined, "account_exists");
    }
  }
  return undefined;
}

/**
 * A step's write as one statement: the new snapshot on `revision = old` (no row when another
 * submission committed first), its event log row and, when the next step shows one, its picture
 * code. The event row and the picture code are written only when the update matched.
 */
function writeStep(w: {
  row: InstanceRow;
  seq: number;
  at: number;
  event: string;
  fromState: string;
  toState: string;
  snapshot: unknown;
  done: boolean;
  feedback: Feedback;
  captcha?: PreparedCaptcha;
}): SQL {
  const c = w.captcha;
  return sql`with u as (
      update flow_instances set snapshot = ${JSON.stringify(w.snapshot)}::jsonb, revision = ${w.seq}::int, state_value = ${w.toState}::text,
        status = ${w.done ? "completed" : "active"}::text, feedback = ${JSON.stringify(w.feedback)}::jsonb, updated_at = ${new Date(w.at).toISOString()}::timestamptz
      where id = ${w.row.id}::uuid and revision = ${w.row.revision}::int
      returning id
    ), e as (
      insert into flow_events (instance_id, revision, type, from_state, to_state)
      select id, ${w.seq}::int, ${w.event}::text, ${w.fromState}::text, ${w.toState}::text from u
    )${
      c
        ? sql`, c as (
      insert into captchas (id, answer_hash, image, expires_at)
      select ${c.id}::uuid, ${c.answerHash}::text, ${c.image}::text, ${c.expiresAt.toISOString()}::timestamptz from u
    )`
        : sql``
    }
    select id from u`;
}

export async function submitStep(
  flow: string,
  id: string,
  token: string | undefined,
  submission: Submission,
  client: ClientInfo,
  opts: ViewOptions = {},
): Promise<FlowResult> {
  const entry = entryOrThrow(flow);
  const db = await getDb();
  const row = await loadInstance(db, flow, id, token);
  if (!row) return { kind: "not_found" };
  const status = statusOf(row);
  if (status !== "active") return shownRow(db, entry, row, opts);

  // Submitted from an older screen (a second tab, a double click): show where things stand. The
  // same submission again (a double click, a retry) is answered with the step it led to.
  if (submission.revision !== row.revision) return staleView(db, entry, row, submission, opts);

  const version = await versionById(db, row.versionId);
  const machine = buildMachine(entry, version.definition, version.id);
  const before = restoreSnapshot(machine, row.snapshot);
  const step = currentStep(before)!;
  const context = before.context as Record<string, unknown>;

  if (submission.intent === REFRESH_CAPTCHA) {
    return withFeedback(db, entry, row, { revision: row.revision, values: keptValues(step, validateStep(step, submission.fields, context).values) }, token, opts);
  }

  const tabActions = (step.tabs?.others ?? []).map((t) => ({ event: t.event, label: t.label, validate: false }));
  const action =
    submission.intent && submission.intent !== step.submit?.event
      ? [...(step.actions ?? []), ...tabActions].find((a) => a.event === submission.intent)
      : step.submit;
  if (!action) {
    return withFeedback(db, entry, row, { revision: row.revision, notice: "not_allowed" }, token, opts);
  }

  let input: Record<string, unknown> = {};
  if (action.validate !== false) {
    const { values, errors } = validateStep(step, submission.fields, context);
    if (Object.keys(errors).length) {
      return withFeedback(db, entry, row, { revision: row.revision, values: keptValues(step, values), errors }, token, opts);
    }
    input = values;
  }

  const at = now();
  const facts = readFacts(entry, action.event, await entry.resolveFacts({ db, type: action.event, input, context, client: client.address, now: at }));
  const seq = row.revision + 1;
  const world: FlowWorld = { facts, fresh: { code: randomDigits(12) }, now: at, seq };
  const stepped = stepMachine(machine, before, { type: action.event, input }, world);
  if (!stepped.allowed) {
    return withFeedback(db, entry, row, { revision: row.revision, notice: "not_allowed" }, token, opts);
  }
  const { snapshot: after, effects } = stepped;

  const fromState = stateValueString(before.value);
  const toState = stateValueString(after.value);
  const stayed = fromState === toState;
  const accepted = hashSecret(SUBMISSION_PURPOSE, submissionText(submission));
  const feedback: Feedback = stayed ? { revision: seq, values: keptValues(step, input), accepted } : { revision: seq, accepted };

  const nextStatus = after.status === "done" ? "completed" : statusOf(row);
  // The next step's picture code is stored by the same statement as the step itself.
  const nextStep = currentStep(after)!;
  const captcha = nextStatus === "active" && opts.issueCaptchas !== false && nextStep.fields.some((f) => !f.off && f.kind === "captcha") ? prepareCaptcha() : undefined;
  const write = writeStep({ row, seq, at, event: action.event, fromState, toState, snapshot: persistSnapshot(machine, after), done: after.status === "done", feedback, captcha });

  try {
    const outcome = effects.length
      ? await db.transaction(async (tx) => {
          if (!(await queryRows(tx, write)).length) throw new StaleRevision();
          return applyEffects(tx, effects, { instanceId: row.id, seq, locale: row.locale, subject: row.subject });
        })
      : // Nothing else to write: one statement is its own transaction.
        await queryRows(db, write).then((rows): EffectOutcome => {
          if (!rows.length) throw new StaleRevision();
          return { queuedMessages: 0 };
        });
    if (outcome.queuedMessages) notifyOutbox();
    // The committed state is in hand: describe it without reading it back.
    const view = await buildView(db, {
      flow,
      id,
      revision: seq,
      status: nextStatus,
      expiresAt: row.expiresAt,
      step: nextStep,
      definition: version.definition,
      context: after.context as Record<string, unknown>,
      feedback,
      issueCaptchas: opts.issueCaptchas,
      issued: captcha && { id: captcha.id, image: captcha.image },
    });
    if (view.status === "completed") return { kind: "completed", view, loginToken: outcome.loginToken, userId: outcome.userId, caseId: outcome.caseId };
    return { kind: "view", view };
  } catch (error) {
    if (error instanceof StaleRevision) return staleView(db, entry, row, submission, opts);
    const refused = error instanceof EffectRefused ? error : uniqueViolationAsRefusal(error);
    if (refused) {
      // The world changed between the machine's decision and the commit (a user name or a code
      // taken meanwhile): nothing was saved; show why on the same step (the view words the code in
      // the reader's language; the English is what the feedback keeps).
      const message = { code: refused.code, message: errorMessage(refused.code) };
      return withFeedback(db, entry, row, {
        revision: row.revision,
        values: keptValues(step, input),
        ...(refused.field && step.fields.some((f) => f.name === refused.field) ? { errors: { [refused.field]: message } } : { notice: refused.code }),
      }, token, opts);
    }
    throw error;
  }
}

async function staleView(db: Queryable, entry: FlowEntry, row: InstanceRow, submission: Submission, opts: ViewOptions): Promise<FlowResult> {
  const [fresh] = await db.select().from(flowInstances).where(eq(flowInstances.id, row.id));
  const view = await viewOf(db, entry, fresh, opts);
  if (fresh.status === "completed") return { kind: "completed", view };
  if (isRepeat(fresh, submission)) return { kind: "view", view };
  if (!view.error) view.error = { code: "stale", message: errorMessage("stale", {}, await getLocale()) };
  return { kind: "view", view, stale: true };
}

/**
 * Abandoned and finished wizards hold what people typed (addresses, names, phone numbers, a
 * password hash). Once a flow is past its expiry its snapshot is emptied, keeping only the row and
 * its event log (per-step funnel numbers); the rows themselves go after 90 days.
 */
export async function purgeExpiredFlows(db: Queryable, graceMs = 60 * 60_000): Promise<void> {
  const at = now();
  await db.execute(
    sql`update flow_instances set snapshot = '{}'::jsonb, feedback = null, client_address = null,
        status = case when status = 'completed' then 'completed' else 'purged' end
        where expires_at < ${new Date(at - graceMs).toISOString()} and snapshot <> '{}'::jsonb`,
  );
  await db.execute(sql`delete from flow_instances where expires_at < ${new Date(at - 90 * 24 * 60 * 60_000).toISOString()}`);
}
