import { translateText, translationsOf } from "@/lib/flows/localize";
import { translator, type Translator } from "@/lib/messages";
import { buttonLabel, conditionLabel } from "./conditions";

/**
 * A flow definition as a graph for the diagram: one node per state (nested states inside their
 * parent as a group), one edge per transition, labelled with the button a person presses (and the
 * condition, for a branch off the main path). The main path is the way through pressing each step's
 * main button; edges that lead back to an earlier step are "back" edges, drawn apart from it.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export type GraphNode = { id: string; key: string; label: string; parent?: string; kind: "step" | "final" | "group"; initial: boolean };
export type GraphEdge = { id: string; source: string; target: string; event: string; guard?: string; label: string; kind: "main" | "back" | "side" };

export function flowGraph(definition: Json, i18n: Translator = translator("en")): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const own = translationsOf(definition);
  const say = (text: string) => (i18n.locale === "en" ? text : translateText(text, i18n.locale, own));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const walk = (states: Json, parent: string | undefined, initial: unknown) => {
    for (const [key, raw] of Object.entries(states)) {
      if (!isObject(raw)) continue;
      const id = parent ? `${parent}.${key}` : key;
      const meta = isObject(raw.meta) ? raw.meta : {};
      const kind = raw.type === "final" ? "final" : isObject(raw.states) ? "group" : "step";
      nodes.push({ id, key, label: typeof meta.title === "string" ? say(meta.title) : key, parent, kind, initial: initial === key });
      if (isObject(raw.states)) walk(raw.states, id, raw.initial);
    }
  };
  if (isObject(definition.states)) walk(definition.states, undefined, definition.initial);
  const ids = new Set(nodes.map((n) => n.id));
  const resolve = (from: string, target: string): string | undefined => {
    if (target.startsWith("#")) return nodes.find((n) => n.key === target.slice(1))?.id;
    const parent = from.includes(".") ? from.slice(0, from.lastIndexOf(".")) : "";
    const sibling = parent ? `${parent}.${target.replace(/^\./, "")}` : target.replace(/^\./, "");
    return target.startsWith(".") ? `${from}${target}` : ids.has(sibling) ? sibling : ids.has(target) ? target : undefined;
  };
  const visit = (states: Json, parent: string | undefined) => {
    for (const [key, raw] of Object.entries(states)) {
      if (!isObject(raw)) continue;
      const id = parent ? `${parent}.${key}` : key;
      const meta = isObject(raw.meta) ? raw.meta : {};
      const on = isObject(raw.on) ? raw.on : {};
      for (const [event, t] of Object.entries(on)) {
        asArray(t as unknown[]).forEach((branch, i) => {
          const b = typeof branch === "string" ? { target: branch } : isObject(branch) ? branch : {};
          const guard = typeof b.guard === "string" ? b.guard : isObject(b.guard) && typeof b.guard.type === "string" ? b.guard.type : undefined;
          for (const target of asArray(b.target as string[])) {
            const to = typeof target === "string" ? resolve(id, target) : undefined;
            if (to && to !== id) edges.push({ id: `${id}:${event}:${i}:${to}`, source: id, target: to, event, guard, label: say(buttonLabel(meta, event)), kind: "side" });
          }
        });
      }
      if (isObject(raw.states)) visit(raw.states, id);
    }
  };
  if (isObject(definition.states)) visit(definition.states, undefined);
  classify(nodes, edges, definition, i18n);
  return { nodes, edges };
}

/**
 * Mark the main path (from the start, each step's main button, first branch with a target) and
 * the back edges (to a step nearer the start than where they leave); label branches off the main
 * path with their condition.
 */
function classify(nodes: GraphNode[], edges: GraphEdge[], definition: Json, i18n: Translator) {
  const submitOf = (id: string): string | undefined => {
    let node: Json | undefined = definition;
    for (const k of id.split(".")) node = isObject(node?.states) && isObject((node.states as Json)[k]) ? ((node.states as Json)[k] as Json) : undefined;
    const meta = node && isObject(node.meta) ? node.meta : {};
    return isObject(meta.submit) && typeof meta.submit.event === "string" ? meta.submit.event : undefined;
  };
  const start = nodes.find((n) => n.initial && !n.parent)?.id;
  const main: string[] = [];
  for (let at = start; at && !main.includes(at); ) {
    main.push(at);
    const submit = submitOf(at);
    const next: GraphEdge | undefined = edges.find((e) => e.source === at && e.event === submit && !main.includes(e.target));
    if (next) next.kind = "main";
    at = next?.target;
  }
  // Distance from the start, walking main edges first: a shorter distance at the target means "back".
  const depth = new Map<string, number>(main.map((id, i) => [id, i]));
  const queue = [...main];
  while (queue.length) {
    const from = queue.shift()!;
    for (const e of edges) {
      if (e.source === from && !depth.has(e.target)) {
        depth.set(e.target, depth.get(from)! + 1);
        queue.push(e.target);
      }
    }
  }
  for (const e of edges) {
    if (e.kind === "main") continue;
    if ((depth.get(e.target) ?? Infinity) < (depth.get(e.source) ?? 0)) e.kind = "back";
    else if (e.guard) e.label = i18n.t("studio.routes.edgeWhen", { label: e.label, condition: conditionLabel(e.guard, i18n) });
  }
}
