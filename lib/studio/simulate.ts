import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { studioSimulations } from "@/lib/db/schema";
import type { FlowSnapshotJson } from "@/lib/db/json-types";
import { flowEntry, flows, type FlowEntry } from "@/lib/flows/registry";
import { tryItOf, type TryItQuestion } from "@/lib/flows/define";
import { conditionLabel, routesOf, type Route } from "./conditions";
import { buildMachine, currentStep, initialSnapshot, persistSnapshot, restoreSnapshot, stateValueString, step as stepMachine } from "@/lib/flows/machine";
import { keptValues, validateStep } from "@/lib/flows/fields";
import { buildView, type StepView } from "@/lib/flows/view";
import { translateText, translationsOf } from "@/lib/flows/localize";
import type { EffectBase, FlowEvent, FlowWorld } from "@/lib/flows/types";
import type { AccountEffect } from "@/lib/accounts/effects";
import type { AuthEffect } from "@/lib/auth/effects";
import type { CaseOpenEffect } from "@/lib/cases/effects";
import type { MessageEffect } from "@/lib/messaging/effects";
import { now } from "@/lib/clock";
import { translator, type Translator } from "@/lib/messages";
import { en } from "@/lib/messages/en";

/**
 * "Try it": a draft's machine run in the studio. What the world would decide (is the picture code
 * right, does the contact have an account, is the user name free) is the editor's choice of
 * outcomes; limits always pass, codes are always 123456, and effects are described, never carried
 * out: nothing is sent, created or signed in. Each event gets only the facts the real flow looks up
 * for it (the zod schemas of the flow's `facts`, which the runtime checks too), so a branch behaves
 * here as it would live.
 */

type Json = Record<string, unknown>;
export const SAMPLE_CODE = "123456";

/** The questions the facts of a flow put to the editor, by key, in the order its events declare them. */
function questionsOf(entry: FlowEntry): Map<string, TryItQuestion> {
  const out = new Map<string, TryItQuestion>();
  for (const schema of Object.values(entry.facts)) {
    for (const fact of Object.values(schema.shape)) {
      const how = tryItOf(fact);
      if (how && "key" in how && !out.has(how.key)) out.set(how.key, how);
    }
  }
  return out;
}

/**
 * The answers the world gives, chosen on the Try it page: every question the registered flows' fact
 * schemas ask (see tryIt in lib/flows/define.ts); each is shown only for flows that ask it.
 */
export const OUTCOMES: Record<string, { label: string; options: Record<string, string> }> = Object.fromEntries(
  Object.values(flows)
    .flatMap((entry) => [...questionsOf(entry).values()])
    .map((q) => [q.key, { label: q.label, options: q.options }]),
);
export type OutcomeKey = string;

/** A question of OUTCOMES and its answers in the request's language (the catalogue's studio.outcomes, else the code's English). */
export function outcomeWords(key: OutcomeKey, i18n: Translator = translator("en")): { label: string; options: Record<string, string> } {
  const english = OUTCOMES[key];
  if (i18n.locale === "en" || !Object.hasOwn(en.studio.outcomes, key)) return english;
  const words = en.studio.outcomes[key as keyof typeof en.studio.outcomes] as Record<string, string>;
  const say = (word: string) => i18n.t(`studio.outcomes.${key}.${word}` as "studio.outcomes.captcha.label");
  return {
    label: say("label"),
    options: Object.fromEntries(Object.entries(english.options).map(([value, label]) => [value, Object.hasOwn(words, value) ? say(value) : label])),
  };
}
export type Outcomes = Record<OutcomeKey, string>;

/** Defaults that let a person reach the end (for Forgot Password the contact has an account, elsewhere it is new): each flow's facts say. */
export function defaultOutcomes(flow: string): Outcomes {
  const entry = flowEntry(flow);
  return Object.fromEntries(entry ? [...questionsOf(entry).values()].map((q) => [q.key, q.default]) : []);
}

/** The outcomes the flow's events look up (the questions of its fact schemas), in the order of OUTCOMES. */
export function outcomesFor(flow: string): OutcomeKey[] {
  const entry = flowEntry(flow);
  const asked = entry ? questionsOf(entry) : new Map();
  return Object.keys(OUTCOMES).filter((k) => asked.has(k));
}

/** Read chosen outcomes (a form or a cookie), keeping the defaults for anything missing or unknown. */
export function parseOutcomes(flow: string, raw: Record<string, unknown>): Outcomes {
  const out = defaultOutcomes(flow);
  for (const key of Object.keys(out)) {
    const v = raw[key];
    if (typeof v === "string" && Object.hasOwn(OUTCOMES[key].options, v)) out[key] = v;
  }
  return out;
}

/** The facts the real flow would look up for this event, answered as the editor chose (or sampled), checked by the event's schema. */
export function simulatedFacts(flow: string, type: string, input: Json, outcomes: Outcomes, at: number): Json {
  const entry = flowEntry(flow)!;
  const schema = Object.hasOwn(entry.facts, type) ? entry.facts[type] : undefined;
  if (!schema) return {};
  const facts: Json = {};
  for (const [name, fact] of Object.entries(schema.shape)) {
    const how = tryItOf(fact);
    // Limits always pass: a fact Try it is not told about is not there.
    const value = !how ? undefined : "sample" in how ? how.sample(input) : how.answer(outcomes[how.key] ?? how.default, at, input);
    if (value !== undefined) facts[name] = value;
  }
  return schema.parse(facts);
}

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

/** The effects Try it has its own words for; any other kind is described by its name. */
type Described = MessageEffect | AccountEffect | AuthEffect | CaseOpenEffect;
const described = new Set(["message", "createAccount", "signIn", "openCase", "trustDevice", "signInFailed"]);

function describeEffect(effect: EffectBase, i18n: Translator): string {
  const t = i18n.t;
  if (!described.has(effect.kind)) return `would ${effect.kind.replace(/([A-Z])/g, " $1").toLowerCase()}`;
  const e = effect as Described;
  switch (e.kind) {
    case "message": {
      if (e.channel === "discard") return t("studio.log.sendNothing", { to: e.to });
      const channel = e.channel === "sms" ? "SMS" : e.channel === "email" ? t("studio.log.email") : e.channel;
      return e.secret ? t("studio.log.sendCode", { template: e.template, channel, to: e.to, code: e.secret }) : t("studio.log.send", { template: e.template, channel, to: e.to });
    }
    case "createAccount":
      return t("studio.log.createAccount", { username: e.username, contact: String(e.email ?? e.phone) });
    case "signIn":
      return t("studio.log.signIn");
    case "openCase":
      return t("studio.log.openCase", { serial: e.device.serial });
    case "trustDevice":
      return t("studio.log.trustDevice", { days: e.days });
    case "signInFailed":
      return t("studio.log.signInFailed");
    default:
      return `would ${e.kind.replace(/([A-Z])/g, " $1").toLowerCase()}`;
  }
}

function withSample(flow: string, snapshot: FlowSnapshotJson): FlowSnapshotJson {
  const extra = sampleContexts[flow];
  return extra ? { ...snapshot, context: { ...snapshot.context, ...extra } } : snapshot;
}

export async function startSimulation(flow: string, definition: Json, actor: string): Promise<string> {
  const machine = buildMachine(flowEntry(flow)!, definition);
  const snapshot = withSample(flow, persistSnapshot(machine, initialSnapshot(machine).snapshot));
  const db = await getDb();
  const [row] = await db.insert(studioSimulations).values({ flow, actor, definition, snapshot }).returning({ id: studioSimulations.id });
  return row.id;
}

export type Simulation = { id: string; flow: string; view: StepView; log: string[]; done: boolean; routes: Route[] };

export async function showSimulation(id: string, actor: string, i18n: Translator = translator("en")): Promise<Simulation | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const [row] = await db.select().from(studioSimulations).where(eq(studioSimulations.id, id));
  if (!row || row.actor !== actor) return null;
  const snap = restoreSnapshot(buildMachine(flowEntry(row.flow)!, row.definition), row.snapshot);
  const step = currentStep(snap)!;
  const view = await buildView(db, {
    flow: row.flow,
    id: row.id,
    revision: row.revision,
    status: snap.status === "done" ? "completed" : "active",
    expiresAt: new Date(now() + 60 * 60_000),
    step,
    // The draft's own German and Spanish texts (and its step indicator), as the live flow shows its version's.
    definition: row.definition,
    context: snap.context as Json,
    feedback: row.feedback,
    issueCaptchas: false,
    locale: i18n.locale,
  });
  const routes = routesOf(row.definition, stateValueString(snap.value).split(",")[0], i18n);
  return { id: row.id, flow: row.flow, view, log: row.log, done: snap.status === "done", routes };
}

/** One step of the simulation, as the runtime would take it, with the world faked. */
export async function stepSimulation(id: string, actor: string, intent: string | undefined, fields: Json, outcomes?: Outcomes, i18n: Translator = translator("en")): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select().from(studioSimulations).where(eq(studioSimulations.id, id));
  if (!row || row.actor !== actor) return false;
  const entry = flowEntry(row.flow)!;
  const machine = buildMachine(entry, row.definition);
  const before = restoreSnapshot(machine, row.snapshot);
  const step = currentStep(before)!;
  const context = before.context as Json;
  const tabs = (step.tabs?.others ?? []).map((t) => ({ event: t.event, label: t.label, validate: false }));
  const action = intent && intent !== step.submit?.event ? [...(step.actions ?? []), ...tabs].find((x) => x.event === intent) : step.submit;
  const log = [...row.log];
  const seq = row.revision + 1;
  let input: Json = {};
  if (!action) return true;
  if (action.validate !== false) {
    // Photos and picture codes cannot be checked here: a sample stands in for them.
    const sampled = { ...fields };
    for (const f of step.fields) if (f.kind === "captcha") sampled[f.name] = "SAMPLE";
    const { values, errors } = validateStep({ ...step, fields: step.fields.filter((f) => f.kind !== "photo") }, sampled, context);
    if (Object.keys(errors).length) {
      await db.update(studioSimulations).set({ feedback: { revision: row.revision, values: keptValues(step, values), errors } }).where(eq(studioSimulations.id, id));
      return true;
    }
    input = { ...values, ...Object.fromEntries(step.fields.filter((f) => f.kind === "photo").map((f) => [f.name, { id: "sample-photo", blurry: false }])) };
  }
  const at = now();
  const facts = simulatedFacts(row.flow, action.event, input, outcomes ?? defaultOutcomes(row.flow), at);
  const world: FlowWorld = { facts, fresh: { code: SAMPLE_CODE + "000000" }, now: at, seq };
  const event: FlowEvent = { type: action.event, input, ...world };
  const stepped = stepMachine(machine, before, { type: action.event, input }, world);
  let after = before;
  // The log speaks the language of the editor who takes the step, with the draft's own texts.
  const own = translationsOf(row.definition);
  const say = (text: string) => (i18n.locale === "en" ? text : translateText(text, i18n.locale, own));
  const said = { step: say(step.title), button: say(action.label) };
  if (!stepped.allowed) {
    log.push(i18n.t("studio.log.notPossible", { ...said }));
  } else {
    after = stepped.snapshot;
    const taken = takenRoute(entry, row.definition, before, event);
    const next = currentStep(after);
    const target = taken?.target ? say(next?.title ?? taken.targetTitle ?? "") : i18n.t("studio.routes.stays");
    const condition = taken?.guard ? conditionLabel(taken.guard, i18n) : undefined;
    const why = condition === undefined ? undefined : taken?.studio ? i18n.t("studio.log.byStudio", { condition }) : condition;
    log.push(why === undefined ? i18n.t("studio.log.went", { ...said, target }) : i18n.t("studio.log.wentWhy", { ...said, target, why }));
    for (const e of stepped.effects) log.push(`  ${describeEffect(e, i18n)}`);
  }
  const snapshot = persistSnapshot(machine, after);
  await db.update(studioSimulations).set({ snapshot, log, revision: seq, feedback: null }).where(eq(studioSimulations.id, id));
  return true;
}

/** The branch the machine takes for `event`: the first whose condition holds, as XState picks it. */
function takenRoute(entry: FlowEntry, definition: Json, snapshot: { value: unknown; context: unknown }, event: FlowEvent): Route | undefined {
  const path = stateValueString(snapshot.value).split(",")[0];
  const guards = entry.implementations.guards as Record<string, (args: { context: unknown; event: FlowEvent }) => boolean>;
  return routesOf(definition, path)
    .filter((r) => r.event === event.type)
    .find((r) => !r.guard || (Object.hasOwn(guards, r.guard) && guards[r.guard]({ context: snapshot.context, event })));
}
