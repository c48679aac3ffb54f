/**
 * A flow definition as a graph for the diagram: one node per state (nested states inside their
 * parent as a group), one edge per transition, labelled with its event and guard.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export type GraphNode = { id: string; key: string; label: string; parent?: string; kind: "step" | "final" | "group"; initial: boolean };
export type GraphEdge = { id: string; source: string; target: string; event: string; guard?: string };

export function flowGraph(definition: Json): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const walk = (states: Json, parent: string | undefined, initial: unknown) => {
    for (const [key, raw] of Object.entries(states)) {
      if (!isObject(raw)) continue;
      const id = parent ? `${parent}.${key}` : key;
      const meta = isObject(raw.meta) ? raw.meta : {};
      const kind = raw.type === "final" ? "final" : isObject(raw.states) ? "group" : "step";
      nodes.push({ id, key, label: typeof meta.title === "string" ? meta.title : key, parent, kind, initial: initial === key });
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
      const on = isObject(raw.on) ? raw.on : {};
      for (const [event, t] of Object.entries(on)) {
        asArray(t as unknown[]).forEach((branch, i) => {
          const b = typeof branch === "string" ? { target: branch } : isObject(branch) ? branch : {};
          const guard = typeof b.guard === "string" ? b.guard : isObject(b.guard) && typeof b.guard.type === "string" ? b.guard.type : undefined;
          for (const target of asArray(b.target as string[])) {
            const to = typeof target === "string" ? resolve(id, target) : undefined;
            if (to && to !== id) edges.push({ id: `${id}:${event}:${i}:${to}`, source: id, target: to, event, guard });
          }
        });
      }
      if (isObject(raw.states)) visit(raw.states, id);
    }
  };
  if (isObject(definition.states)) visit(definition.states, undefined);
  return { nodes, edges };
}
