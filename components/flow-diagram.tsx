"use client";

import "@xyflow/react/dist/style.css";
import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useMemo } from "react";

export type DiagramNode = {
  id: string;
  label: string;
  parent?: string;
  kind: "step" | "final" | "group";
  initial: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  reached: number;
  stopped: number;
  problem: boolean;
  selected: boolean;
};
export type DiagramEdge = { id: string; source: string; target: string; event: string; guard?: string; label: string; kind: "main" | "back" | "side" };

/** The diagram's words in the page's language (`counts` has {reached} and {stopped}, `dropOff` {percent}). */
export type DiagramWords = { label: string; start: string; end: string; counts: string; spokenCounts: string; dropOff: string; hasProblem: string };

type StepData = { node: DiagramNode; words: DiagramWords };

/** Drop-off at a step: of the people who reached it, the share who stopped there. */
function dropOff(n: DiagramNode, words: DiagramWords): string {
  if (n.kind === "final" || !n.reached) return "";
  return ` ${words.dropOff.replace("{percent}", String(Math.round((100 * n.stopped) / n.reached)))}`;
}

/** "3 reached · 1 stopped here (33% drop-off)", or as read aloud "3 reached, 1 stopped here (…)". */
function countsOf(n: DiagramNode, words: DiagramWords, spoken = false): string {
  const template = spoken ? words.spokenCounts : words.counts;
  return `${template.replace("{reached}", String(n.reached)).replace("{stopped}", String(n.stopped))}${dropOff(n, words)}`;
}

/** A step box: arrows enter at the top and leave at the bottom; back edges use the left side. */
function StepNode({ data }: NodeProps<Node<StepData>>) {
  const { node: n, words } = data;
  return (
    <div className="text-left">
      <Handle type="target" position={Position.Top} id="in" />
      <Handle type="source" position={Position.Bottom} id="out" />
      <Handle type="source" position={Position.Left} id="back-out" style={{ top: "70%" }} />
      <Handle type="target" position={Position.Left} id="back-in" style={{ top: "30%" }} />
      <Handle type="source" position={Position.Right} id="side-out" />
      <div className="text-[11px] uppercase tracking-wide text-zinc-500">
        {n.initial ? `${words.start} · ` : ""}
        {n.kind === "final" ? `${words.end} · ` : ""}
        {n.id}
      </div>
      <div className="font-semibold">{n.label}</div>
      <div className="text-[11px] text-zinc-600">
        {countsOf(n, words)}
      </div>
    </div>
  );
}

const nodeTypes = { step: StepNode };

/**
 * The flow drawn from its ELK layout, top to bottom like the wizard: the main path is a straight
 * column, branches go to the right, back edges (Back, Change Country/Region) are dashed loops on
 * the left. Arrows carry the words on the buttons. A click on a step opens its editor (keyboard
 * users have the Steps list beside it). Counts are people in the last 7 days.
 */
export function FlowDiagram({ nodes, edges, hrefFor, words }: { nodes: DiagramNode[]; edges: DiagramEdge[]; hrefFor: Record<string, string>; words: DiagramWords }) {
  const router = useRouter();
  const rfNodes = useMemo<Node[]>(
    () =>
      nodes.map((n) => ({
        id: n.id,
        type: n.kind === "group" ? undefined : "step",
        position: { x: n.x, y: n.y },
        parentId: n.parent,
        extent: n.parent ? "parent" : undefined,
        draggable: false,
        connectable: false,
        selected: n.selected,
        ariaLabel: `${n.label}${n.problem ? `, ${words.hasProblem}` : ""}: ${countsOf(n, words, true)}`,
        data: n.kind === "group" ? { label: n.label } : { node: n, words },
        style: {
          width: n.width,
          height: n.height,
          fontSize: 12,
          borderRadius: 8,
          border: n.problem ? "2px solid #b91c1c" : n.selected ? "2px solid #18181b" : "1px solid #d4d4d8",
          background: n.problem ? "#fef2f2" : n.kind === "final" ? "#f0fdf4" : n.kind === "group" ? "rgba(244,244,245,0.6)" : "white",
          padding: 6,
        },
      })),
    [nodes, words],
  );
  const rfEdges = useMemo<Edge[]>(() => {
    // Side targets are right of the column: a branch from the column leaves on the right.
    const column = new Set(edges.filter((e) => e.kind === "main").flatMap((e) => [e.source, e.target]));
    return edges.map((e) => {
      const back = e.kind === "back";
      const sideways = e.kind === "side" && column.has(e.source) && !column.has(e.target);
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        sourceHandle: back ? "back-out" : sideways ? "side-out" : "out",
        targetHandle: back ? "back-in" : "in",
        type: back || sideways ? "smoothstep" : "straight",
        pathOptions: back ? { offset: 28, borderRadius: 8 } : undefined,
        label: e.label,
        labelStyle: { fontSize: 10, fill: back ? "#71717a" : "#18181b" },
        labelBgStyle: { fill: "white" },
        style: back ? { stroke: "#a1a1aa", strokeDasharray: "4 3" } : e.kind === "main" ? { stroke: "#3f3f46", strokeWidth: 1.5 } : { stroke: "#71717a" },
        markerEnd: { type: MarkerType.ArrowClosed, color: back ? "#a1a1aa" : "#3f3f46" },
      } as Edge;
    });
  }, [edges]);
  return (
    <div className="h-[640px] rounded-lg border border-zinc-200 bg-white" role="figure" aria-label={words.label}>
      <ReactFlow
        nodes={rfNodes}
        edges={rfEdges}
        nodeTypes={nodeTypes}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        onNodeClick={(_, node) => hrefFor[node.id] && router.push(hrefFor[node.id])}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
