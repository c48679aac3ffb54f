import ELK from "elkjs/lib/elk.bundled.js";
import type { GraphEdge, GraphNode } from "./graph";

/** Positions for the diagram, computed on the server with ELK's layered algorithm (top to bottom). */
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
    },
    children: (byParent.get(undefined) ?? []).map(build),
    edges: edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
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
  return out;
}
