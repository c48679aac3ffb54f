import type { Condition, Implementations, Invariant } from "./define";

export type { Invariant } from "./define";
import { placeholdersIn, type StepPlaceholders } from "./placeholders";

/**
 * Checks a flow definition before it may be stored or run. XState itself ignores unknown action
 * names and fails on unknown guards only when one is evaluated, so this walks the config:
 * every named guard/action/actor exists, every target exists, every state is reachable and
 * every state can still reach the end. Given the flow's allow-list, step text may use only the
 * {placeholders} its step allows.
 */

/**
 * What the studio needs to word a problem in the editor's language (lib/studio/words.ts); the
 * English `message` stays the record.
 */
export type ProblemDetail = { kind: "placeholder"; name: string; allowed: string[] } | { kind: "undecidable"; event: string; guard: string };
export type DefinitionProblem = { path: string; message: string; detail?: ProblemDetail };

export class DefinitionError extends Error {
  constructor(public problems: DefinitionProblem[]) {
    super(`Flow definition refused: ${problems.map((p) => `${p.path || "(root)"}: ${p.message}`).join("; ")}`);
    this.name = "DefinitionError";
  }
}

type Json = Record<string, unknown>;
type Node = { path: string; key: string; config: Json; parent?: Node; children: Node[]; final: boolean };
type Transition = { event: string; targets: string[]; guard?: unknown; actions?: unknown };

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function namesOf(value: unknown): string[] {
  return asArray(value as unknown[]).flatMap((a) => {
    if (typeof a === "string") return [a];
    if (isObject(a) && typeof a.type === "string") return [a.type];
    return [];
  });
}

function transitionsOf(node: Node): Transition[] {
  const out: Transition[] = [];
  const add = (event: string, raw: unknown) => {
    for (const t of asArray(raw as unknown[])) {
      if (typeof t === "string") out.push({ event, targets: [t] });
      else if (isObject(t)) out.push({ event, targets: asArray(t.target as string[]), guard: t.guard, actions: t.actions });
    }
  };
  if (isObject(node.config.on)) for (const [event, raw] of Object.entries(node.config.on)) add(event, raw);
  if (node.config.always !== undefined) add("(always)", node.config.always);
  if (node.config.onDone !== undefined) add("(done)", node.config.onDone);
  for (const inv of asArray(node.config.invoke as unknown[])) {
    if (!isObject(inv)) continue;
    if (inv.onDone !== undefined) add("(invoke done)", inv.onDone);
    if (inv.onError !== undefined) add("(invoke error)", inv.onError);
  }
  return out;
}

function buildTree(config: Json, problems: DefinitionProblem[]): Node {
  const build = (key: string, cfg: Json, parent?: Node): Node => {
    const path = parent ? (parent.path ? `${parent.path}.${key}` : key) : "";
    const node: Node = { path, key, config: cfg, parent, children: [], final: cfg.type === "final" };
    if (cfg.states !== undefined) {
      if (!isObject(cfg.states)) problems.push({ path, message: "states must be an object" });
      else {
        for (const [k, v] of Object.entries(cfg.states)) {
          if (!isObject(v)) problems.push({ path: path ? `${path}.${k}` : k, message: "a state must be an object" });
          else node.children.push(build(k, v, node));
        }
        if (node.children.length && (typeof cfg.initial !== "string" || !node.children.some((c) => c.key === cfg.initial))) {
          problems.push({ path, message: `initial state "${String(cfg.initial)}" does not exist` });
        }
      }
    }
    return node;
  };
  return build("", config);
}

function allNodes(root: Node): Node[] {
  return [root, ...root.children.flatMap(allNodes)];
}

/** The atomic states entered when `node` is entered (following `initial`). */
function entryLeaves(node: Node): Node[] {
  if (!node.children.length) return [node];
  const initial = node.children.find((c) => c.key === node.config.initial) ?? node.children[0];
  return entryLeaves(initial);
}

function resolveTarget(from: Node, target: string, byId: Map<string, Node>, root: Node): Node | undefined {
  if (target.startsWith("#")) {
    const [id, ...rest] = target.slice(1).split(".");
    let node = id === root.config.id ? root : byId.get(id);
    for (const key of rest) node = node?.children.find((c) => c.key === key);
    return node;
  }
  if (target.startsWith(".")) {
    let node: Node | undefined = from;
    for (const key of target.slice(1).split(".")) node = node?.children.find((c) => c.key === key);
    return node;
  }
  // A plain name is a sibling of the state that owns the transition.
  let node: Node | undefined = from.parent;
  for (const key of target.split(".")) node = node?.children.find((c) => c.key === key);
  return node;
}

function ancestorsAndSelf(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | undefined = node; n; n = n.parent) out.push(n);
  return out;
}


function checkInvariants(root: Node, invariants: Invariant[], problems: DefinitionProblem[]) {
  for (const node of allNodes(root)) {
    if (invariants.some((inv) => [...namesOf(node.config.entry), ...namesOf(node.config.exit)].includes(inv.action))) {
      problems.push({ path: node.path, message: "guarded actions cannot run on entry or exit" });
    }
    for (const t of transitionsOf(node)) {
      for (const inv of invariants) {
        if (namesOf(t.actions).includes(inv.action) && !namesOf(t.guard).includes(inv.requiresGuard)) {
          problems.push({ path: `${node.path || "(root)"} on ${t.event}`, message: `"${inv.action}" must be guarded by "${inv.requiresGuard}": ${inv.why}` });
        }
      }
    }
  }
}

/** The texts of a step that are filled from the context: help text and button labels. */
function filledTexts(meta: Json): string[] {
  const actions = Array.isArray(meta.actions) ? meta.actions : [];
  return [meta.description, meta.warning, isObject(meta.submit) ? meta.submit.label : undefined, ...actions.map((a) => (isObject(a) ? a.label : undefined))].filter(
    (t): t is string => typeof t === "string",
  );
}

/** Calls `visit` for every state of a definition, depth first, with its dotted path. */
function eachState(definition: Json, visit: (path: string, key: string, state: Json) => void): void {
  const walk = (states: unknown, parent: string) => {
    if (!isObject(states)) return;
    for (const [key, state] of Object.entries(states)) {
      if (!isObject(state)) continue;
      const path = parent ? `${parent}.${key}` : key;
      visit(path, key, state);
      walk(state.states, path);
    }
  };
  walk(definition.states, "");
}

/**
 * Every {placeholder} a step's text uses must be on its allow-list: the context also holds code
 * hashes and the account's full contacts, which an editor must not be able to put on a screen.
 */
function placeholderProblems(definition: Json, allowList: StepPlaceholders): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  eachState(definition, (path, key, state) => {
    if (!isObject(state.meta)) return;
    const meta = state.meta;
    const step = String(meta.step);
    const allowed = Object.hasOwn(allowList, step) ? allowList[step] : [];
    const name = typeof meta.title === "string" ? meta.title : key;
    const can = allowed.length ? `Allowed: ${allowed.map((a) => `{${a}}`).join(", ")}.` : "It can show none.";
    for (const used of placeholdersIn(filledTexts(meta).join("\n"))) {
      if (!allowed.includes(used)) problems.push({ path, message: `Step “${name}”: {${used}} is not a placeholder this step can show. ${can}`, detail: { kind: "placeholder", name: used, allowed: [...allowed] } });
    }
  });
  return problems;
}

/** What a flow's events carry and what its guards read: enough to tell where a guard can be decided. */
export type GuardReads = { eventFacts: Record<string, string[]>; conditions: Record<string, Condition> };

const conditionWords = (reads: GuardReads, guard: string) => (Object.hasOwn(reads.conditions, guard) ? reads.conditions[guard].label : guard);

/** The buttons of a step: which event each sends, its label, and whether it sends the step's fields. */
export function buttonsOf(meta: Json): { event: string; label: string; sendsFields: boolean }[] {
  const out: { event: string; label: string; sendsFields: boolean }[] = [];
  if (isObject(meta.submit) && typeof meta.submit.event === "string") out.push({ event: meta.submit.event, label: String(meta.submit.label ?? meta.submit.event), sendsFields: meta.submit.validate !== false });
  for (const a of asArray(meta.actions as Json[])) if (isObject(a) && typeof a.event === "string") out.push({ event: a.event, label: String(a.label ?? a.event), sendsFields: a.validate !== false });
  const tabs = isObject(meta.tabs) ? asArray(meta.tabs.others as Json[]) : [];
  for (const t of tabs) if (isObject(t) && typeof t.event === "string") out.push({ event: t.event, label: String(t.label ?? t.event), sendsFields: false });
  return out;
}

/** The label of the button that sends `event` on a step, or the event name when no button does. */
export function buttonLabel(meta: unknown, event: string): string {
  return (isObject(meta) ? buttonsOf(meta).find((b) => b.event === event)?.label : undefined) ?? event;
}

/**
 * Whether `guard` can be decided when `event` arrives on a step: every fact it reads is declared for
 * that event (some of them, for a guard that reads either of two), and every field it reads is on
 * the step and sent with that button. Otherwise the guard sees a missing value, and a branch on it
 * would fire every time or never (a "user name taken" branch on the contact step sends everyone back).
 */
export function decidable(reads: GuardReads, meta: Json, event: string, guard: string): boolean {
  const c = Object.hasOwn(reads.conditions, guard) ? reads.conditions[guard] : undefined;
  if (!c) return true;
  const provided = Object.hasOwn(reads.eventFacts, event) ? reads.eventFacts[event] : [];
  if (c.facts?.length && !c.facts.some((f) => provided.includes(f))) return false;
  if (c.input?.length) {
    const button = buttonsOf(meta).find((b) => b.event === event);
    const fields = asArray(meta.fields as Json[]).map((f) => (isObject(f) ? f.name : undefined));
    if (!button?.sendsFields || !c.input.every((i) => fields.includes(i))) return false;
  }
  return true;
}

/** Every guarded transition whose guard its step cannot decide, as a problem naming the step and the button. */
export function undecidableGuards(definition: Json, reads: GuardReads): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  eachState(definition, (path, key, state) => {
    const meta = isObject(state.meta) ? state.meta : {};
    const title = typeof meta.title === "string" ? meta.title : key;
    for (const [event, raw] of Object.entries(isObject(state.on) ? state.on : {})) {
      for (const b of asArray(raw as unknown[])) {
        const guard = isObject(b) ? namesOf(b.guard)[0] : undefined;
        if (!guard || decidable(reads, meta, event, guard)) continue;
        problems.push({
          path,
          message: `Step “${title}”, button “${buttonLabel(meta, event)}”: the condition “${conditionWords(reads, guard)}” cannot be decided on this step (the step does not find that out), so the branch would fire every time or never.`,
          detail: { kind: "undecidable", event, guard },
        });
      }
    }
  });
  return problems;
}

/**
 * Given `reads` (the flow's declared facts per event and what its guards read), a guard on an event
 * whose facts or fields it cannot read is refused too.
 */
export function validateDefinition(
  definition: unknown,
  impl: Implementations,
  invariants: Invariant[] = [],
  placeholders?: StepPlaceholders,
  reads?: GuardReads,
): DefinitionProblem[] {
  const problems = structureProblems(definition, impl, invariants);
  if (!isObject(definition)) return problems;
  return [...problems, ...(placeholders ? placeholderProblems(definition, placeholders) : []), ...(reads ? undecidableGuards(definition, reads) : [])];
}

function structureProblems(definition: unknown, impl: Implementations, invariants: Invariant[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (!isObject(definition)) return [{ path: "", message: "a definition must be an object" }];
  try {
    JSON.parse(JSON.stringify(definition));
  } catch {
    problems.push({ path: "", message: "a definition must be JSON-serialisable" });
  }
  // Step copy in other languages (lib/flows/localize.ts): { de?: { English: German }, es?: { ... } }.
  if (definition.translations !== undefined) {
    const t = definition.translations;
    const ok = isObject(t) && Object.entries(t).every(([locale, table]) => (locale === "de" || locale === "es") && isObject(table) && Object.values(table).every((v) => typeof v === "string"));
    if (!ok) problems.push({ path: "", message: "translations must map each English text to its German (de) or Spanish (es) text" });
  }
  const root = buildTree(definition, problems);
  if (!root.children.length) problems.push({ path: "", message: "a flow needs at least one state" });
  const nodes = allNodes(root);
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n.config.id === "string") byId.set(n.config.id, n);

  // Named code must exist.
  const check = (kind: "guard" | "action" | "actor", names: string[], path: string) => {
    const table = kind === "guard" ? impl.guards : kind === "action" ? impl.actions : impl.actors;
    for (const name of names) {
      if (!Object.hasOwn(table, name)) problems.push({ path, message: `unknown ${kind} "${name}"` });
    }
  };
  const edges = new Map<Node, { transition: Transition; to: Node[] }[]>();
  for (const node of nodes) {
    check("action", [...namesOf(node.config.entry), ...namesOf(node.config.exit)], node.path);
    for (const inv of asArray(node.config.invoke as unknown[])) {
      if (isObject(inv) && typeof inv.src === "string") check("actor", [inv.src], node.path);
      else problems.push({ path: node.path, message: "invoke must name its actor in src" });
    }
    const list: { transition: Transition; to: Node[] }[] = [];
    for (const t of transitionsOf(node)) {
      const where = `${node.path || "(root)"} on ${t.event}`;
      check("guard", namesOf(t.guard), where);
      check("action", namesOf(t.actions), where);
      if (t.guard !== undefined && !namesOf(t.guard).length) {
        problems.push({ path: where, message: "a guard must be a name (string or { type })" });
      }
      const to: Node[] = [];
      for (const target of t.targets) {
        const resolved = resolveTarget(node, target, byId, root);
        if (!resolved) problems.push({ path: where, message: `target "${target}" does not exist` });
        else to.push(resolved);
      }
      list.push({ transition: t, to });
    }
    edges.set(node, list);
    if (node.final && node.children.length) problems.push({ path: node.path, message: "a final state cannot have child states" });
  }
  checkInvariants(root, invariants, problems);
  if (problems.length) return problems;

  // Reachability over atomic states.
  const leaves = nodes.filter((n) => n !== root && !n.children.length);
  const successors = (leaf: Node): Node[] => {
    const out: Node[] = [];
    for (const owner of ancestorsAndSelf(leaf)) {
      for (const { transition, to } of edges.get(owner) ?? []) {
        // A compound state's onDone fires only once a final child is reached.
        if (transition.event === "(done)" && !(leaf.final && leaf.parent === owner)) continue;
        if (!to.length) continue; // a targetless transition stays put
        for (const t of to) out.push(...entryLeaves(t));
      }
    }
    return out;
  };
  const start = entryLeaves(root);
  const reached = new Set<Node>(start);
  const queue = [...start];
  while (queue.length) {
    for (const next of successors(queue.shift()!)) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const leaf of leaves) if (!reached.has(leaf)) problems.push({ path: leaf.path, message: "state is unreachable" });

  // Every reachable state must be able to reach a top-level final state.
  const done = leaves.filter((l) => l.final && l.parent === root);
  if (!done.length) problems.push({ path: "", message: "the flow has no final state" });
  const canFinish = new Set<Node>(done);
  let grew = true;
  while (grew) {
    grew = false;
    for (const leaf of reached) {
      if (canFinish.has(leaf)) continue;
      if (successors(leaf).some((s) => canFinish.has(s))) {
        canFinish.add(leaf);
        grew = true;
      }
    }
  }
  for (const leaf of reached) {
    if (!canFinish.has(leaf)) problems.push({ path: leaf.path, message: "no path from this state reaches the end of the flow" });
  }
  return problems;
}

export function assertValidDefinition(definition: unknown, impl: Implementations, invariants: Invariant[] = [], placeholders?: StepPlaceholders, reads?: GuardReads): void {
  const problems = validateDefinition(definition, impl, invariants, placeholders, reads);
  if (problems.length) throw new DefinitionError(problems);
}
