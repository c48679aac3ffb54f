import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { studioSimulations } from "@/lib/db/schema";
import { flowEntry } from "@/lib/flows/registry";
import { buildMachine, currentStep, runActor } from "@/lib/flows/machine";
import { keptValues, validateStep } from "@/lib/flows/fields";
import { buildView, type Feedback, type StepView } from "@/lib/flows/view";
import type { Effect, FlowEvent } from "@/lib/flows/types";
import { now } from "@/lib/clock";

/**
 * "Try it": a draft's machine run in the studio. Checks that need the world (picture codes, limits,
 * existing accounts) are faked as passing, codes are always 123456, and effects are described, never
 * carried out: nothing is sent, created or signed in.
 */

type Json = Record<string, unknown>;
export const SAMPLE_CODE = "123456";

/** What the server would vouch for when it starts the flows that need an account or a scan. */
const sampleContexts: Record<string, Json> = {
  "contact-change": { account: { id: "sample-account" }, country: "US" },
  "sign-in-check": {
    account: { id: "sample-account", email: "ana@example.com", phone: "+12015550123", maskedEmail: "a***@example.com", maskedPhone: "+1*** *** 0123", notify: { channel: "email", to: "ana@example.com" } },
    device: { tokenHash: "sample", userAgent: "Sample browser", clientAddress: "203.0.113.7", label: "Chrome on Windows", known: false },
    lock: { key: "sample", kind: "untrusted" },
  },
  "device-reset-case": {
    account: { id: "sample-account" },
    scan: [{ model: "DS-2CD2143G2-I", serial: "DS-2CD2143G2-I20231104AAWRJ12345678", mac: "44-19-b6-2a-10-01", ipv4: "192.168.1.64", firmware: "V5.7.3", activated: true, passwordResetAbility: true }],
  },
};

function describeEffect(e: Effect): string {
  switch (e.kind) {
    case "message":
      return `would send "${e.template}" by ${e.channel === "sms" ? "SMS" : e.channel} to ${e.to}${e.secret ? ` with code ${e.secret}` : ""}`;
    case "createAccount":
      return `would create the account ${e.username} (${e.email ?? e.phone})`;
    case "signIn":
      return "would sign the person in";
    case "openCase":
      return `would open a reset case for ${e.device.serial}`;
    case "trustDevice":
      return `would trust this browser for ${e.days} days`;
    case "signInFailed":
      return "would count a failed sign-in against the account";
    default:
      return `would ${e.kind.replace(/([A-Z])/g, " $1").toLowerCase()}`;
  }
}

function withSample(flow: string, snapshot: Json): Json {
  const extra = sampleContexts[flow];
  return extra ? { ...snapshot, context: { ...(snapshot.context as Json), ...extra } } : snapshot;
}

export async function startSimulation(flow: string, definition: Json, actor: string): Promise<string> {
  const entry = flowEntry(flow)!;
  const { actor: a } = runActor(buildMachine(entry, definition));
  const snapshot = withSample(flow, a.getPersistedSnapshot() as Json);
  a.stop();
  const db = await getDb();
  const [row] = await db.insert(studioSimulations).values({ flow, actor, definition, snapshot }).returning({ id: studioSimulations.id });
  return row.id;
}

export type Simulation = { id: string; flow: string; view: StepView; log: string[]; done: boolean };

export async function showSimulation(id: string, actor: string): Promise<Simulation | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const [row] = await db.select().from(studioSimulations).where(eq(studioSimulations.id, id));
  if (!row || row.actor !== actor) return null;
  const { actor: a } = runActor(buildMachine(flowEntry(row.flow)!, row.definition as Json), row.snapshot);
  const snap = a.getSnapshot();
  a.stop();
  const step = currentStep(snap)!;
  const view = await buildView(db, {
    flow: row.flow,
    id: row.id,
    revision: row.revision,
    status: snap.status === "done" ? "completed" : "active",
    expiresAt: new Date(now() + 60 * 60_000),
    step,
    context: snap.context as Json,
    feedback: row.feedback as Feedback | null,
    issueCaptchas: false,
  });
  return { id: row.id, flow: row.flow, view, log: row.log as string[], done: snap.status === "done" };
}

/** One step of the simulation, as the runtime would take it, with the world faked. */
export async function stepSimulation(id: string, actor: string, intent: string | undefined, fields: Json): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select().from(studioSimulations).where(eq(studioSimulations.id, id));
  if (!row || row.actor !== actor) return false;
  const entry = flowEntry(row.flow)!;
  const { actor: a, effects } = runActor(buildMachine(entry, row.definition as Json), row.snapshot);
  const before = a.getSnapshot();
  const step = currentStep(before)!;
  const context = before.context as Json;
  const tabs = (step.tabs?.others ?? []).map((t) => ({ event: t.event, label: t.label, validate: false }));
  const action = intent && intent !== step.submit?.event ? [...(step.actions ?? []), ...tabs].find((x) => x.event === intent) : step.submit;
  const log = [...(row.log as string[])];
  const seq = row.revision + 1;
  let input: Json = {};
  if (!action) {
    a.stop();
    return true;
  }
  if (action.validate !== false) {
    // Photos and picture codes cannot be checked here: a sample stands in for them.
    const sampled = { ...fields };
    for (const f of step.fields) if (f.kind === "captcha") sampled[f.name] = "SAMPLE";
    const { values, errors } = validateStep({ ...step, fields: step.fields.filter((f) => f.kind !== "photo") }, sampled, context);
    if (Object.keys(errors).length) {
      a.stop();
      await db.update(studioSimulations).set({ feedback: { revision: row.revision, values: keptValues(step, values), errors } }).where(eq(studioSimulations.id, id));
      return true;
    }
    input = { ...values, ...Object.fromEntries(step.fields.filter((f) => f.kind === "photo").map((f) => [f.name, { id: "sample-photo", blurry: false }])) };
  }
  const facts = { captchaPassed: true, accountExists: false };
  const event: FlowEvent = { type: action.event, input, facts, fresh: { code: SAMPLE_CODE + "000000" }, now: now(), seq };
  if (!before.can(event)) {
    log.push(`${step.title}: "${action.label}" is not possible here`);
  } else {
    a.send(event);
    log.push(`${step.title}: ${action.label}`);
    for (const e of effects) log.push(`  ${describeEffect(e)}`);
  }
  const snapshot = a.getPersistedSnapshot() as Json;
  a.stop();
  await db.update(studioSimulations).set({ snapshot, log, revision: seq, feedback: null }).where(eq(studioSimulations.id, id));
  return true;
}
