"use client";

import "@xyflow/react/dist/style.css";
import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node } from "@xyflow/react";
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
export type DiagramEdge = { id: string; source: string; target: string; event: string; guard?: string };

/**
 * The flow drawn from its ELK layout; a click on a step opens its editor (keyboard users have the
 * Steps list beside it). Counts are people in the last 7 days.
 */
export function FlowDiagram({ nodes, edges, hrefFor }: { nodes: DiagramNode[]; edges: DiagramEdge[]; hrefFor: Record<string, string> }) {
  const router = useRouter();
  const rfNodes = useMemo<Node[]>(
    () =>
      nodes.map((n) => ({
        id: n.id,
        position: { x: n.x, y: n.y },
        parentId: n.parent,
        extent: n.parent ? "parent" : undefined,
        draggable: false,
        connectable: false,
        selected: n.selected,
        ariaLabel: `${n.label}${n.problem ? ", has a problem" : ""}: ${n.reached} reached, ${n.stopped} stopped here`,
        data: {
          label: (
            <div className="text-left">
              <div className="text-[11px] uppercase tracking-wide text-zinc-500">
                {n.initial ? "start · " : ""}
                {n.kind === "final" ? "end · " : ""}
                {n.id}
              </div>
              <div className="font-semibold">{n.label}</div>
              <div className="text-[11px] text-zinc-600">
                {n.reached} reached · {n.stopped} stopped here
              </div>
            </div>
          ),
        },
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
    [nodes],
  );
  const rfEdges = useMemo<Edge[]>(
    () =>
      edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        label: e.guard ? `${e.event} [${e.guard}]` : e.event,
        labelStyle: { fontSize: 10 },
        markerEnd: { type: MarkerType.ArrowClosed },
      })),
    [edges],
  );
  return (
    <div className="h-[560px] rounded-lg border border-zinc-200 bg-white" role="figure" aria-label="Flow diagram">
      <ReactFlow
        nodes={rfNodes}
        edges={rfEdges}
        fitView
        onlyRenderVisibleElements
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
