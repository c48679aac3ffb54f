import ELK from "elkjs/lib/elk.bundled.js";
import type { GraphEdge, GraphNode } from "./graph";

/** Positions for the diagram, computed on the server with ELK's layered algorithm: start at the top, end at the bottom, the main path straight. */
export type Positioned = GraphNode & { x: number; y: number; width: number; height: number };

const elk = new ELK();
const WIDTH = 220;
const HEIGHT = 64;

export async function layoutGraph(nodes: GraphNode[], edges: GraphEdge[]): Promise<Positioned[]> {
  type ElkNode = { id: string; width?: number; height?: number; children?: ElkNode[]; layoutOptions?: Record<string, string>; x?: number; y?: number };
  const byParent = new Map<string | undefined, GraphNode[]>();
  for (const n of nodes) byParent.set(n.parent, [...(byParent.get(n.parent) ?? []), n]);
  const build = (n: GraphNode): ElkNode => {
    const children = byParent.get(n.id);
    return children?.length
      ? { id: n.id, children: children.map(build), layoutOptions: { "elk.padding": "[top=40,left=16,bottom=16,right=16]" } }
      : { id: n.id, width: WIDTH, height: HEIGHT };
  };
  const root = await elk.layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "DOWN",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.layered.spacing.nodeNodeBetweenLayers": "56",
      "elk.spacing.nodeNode": "40",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.layered.nodePlacement.favorStraightEdges": "true",
      "elk.layered.nodePlacement.bk.fixedAlignment": "LEFTUP",
    },
    children: (byParent.get(undefined) ?? []).map(build),
    // Back edges are drawn beside the steps, not laid out: they would pull the main path out of line.
    edges: edges
      .filter((e) => e.kind !== "back")
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target], layoutOptions: (e.kind === "main" ? { "elk.layered.priority.straightness": "100", "elk.layered.priority.direction": "100" } : {}) as Record<string, string> })),
  });
  const out: Positioned[] = [];
  const collect = (list: ElkNode[] | undefined) => {
    for (const c of list ?? []) {
      const n = nodes.find((x) => x.id === c.id)!;
      out.push({ ...n, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? WIDTH, height: c.height ?? HEIGHT });
      collect(c.children);
    }
  };
  collect(root.children as ElkNode[]);
  // The main path in one column on the left; everything else keeps ELK's arrangement to its right,
  // and back edges loop on the left of the column.
  const main = new Set(edges.filter((e) => e.kind === "main").flatMap((e) => [e.source, e.target]));
  const top = out.filter((n) => !n.parent);
  const others = top.filter((n) => !main.has(n.id));
  const shift = others.length ? Math.min(...others.map((n) => n.x)) : 0;
  for (const n of top) n.x = main.has(n.id) ? 0 : n.x - shift + WIDTH + 80;
  return out;
}
