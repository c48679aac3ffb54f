import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FlowDiagram } from "@/components/flow-diagram";
import { requireUser } from "@/lib/auth/guard";
import { flowEntry } from "@/lib/flows/registry";
import { readFlash } from "@/lib/http/flash";
import type { Problem } from "@/lib/studio/edit";
import { flowGraph } from "@/lib/studio/graph";
import { layoutGraph } from "@/lib/studio/layout";
import { auditTrail, draftOf, EDITOR_ROLES, funnel, history, problemsOf, published } from "@/lib/studio/service";
import { flowTitle } from "@/lib/studio/words";
import { utcMinute as when } from "@/lib/format";
import { BranchesPanel } from "./_panels/branches";
import { HistoryPanel } from "./_panels/history";
import { panel } from "./_panels/panel";
import { ProblemsPanel } from "./_panels/problems";
import { PublishPanel, TryPanel } from "./_panels/publish";
import { SettingsPanel } from "./_panels/settings";
import { StepEditor } from "./_panels/step-editor";
import { noticeOf } from "@/lib/messages";

export const metadata: Metadata = { title: "Flow studio" };

type Json = Record<string, unknown>;

type Props = { params: Promise<{ flow: string }>; searchParams: Promise<Record<string, string | undefined>> };

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
      {children}
    </p>
  );
}

/** How long the diagram's layout took, shown under it (the page budget is in the README). */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const t0 = performance.now();
  const result = await work();
  return { result, ms: performance.now() - t0 };
}

export default async function StudioFlowPage({ params, searchParams }: Props) {
  const { flow } = await params;
  const entry = flowEntry(flow);
  if (!entry) notFound();
  await requireUser(`/studio/${flow}`, EDITOR_ROLES);
  const sp = await searchParams;
  const [live, draft, versions, counts, trail, flash] = await Promise.all([published(flow), draftOf(flow), history(flow), funnel(flow), auditTrail(flow), readFlash("studio")]);
  const definition = (draft?.definition ?? live.definition) as Json;
  const problems: Problem[] = draft ? problemsOf(flow, definition) : [];
  const refused: Problem[] = flash.values?.problems ? JSON.parse(flash.values.problems) : [];
  const studioNotice = noticeOf("studio", flash.notice, { version: flash.values?.version ?? "" });
  const allProblems = [...refused, ...problems];
  const graph = flowGraph(definition);
  const { result: laidOut, ms: layoutMs } = await timed(() => layoutGraph(graph.nodes, graph.edges));
  const selected = sp.step && graph.nodes.some((n) => n.id === sp.step) ? sp.step : String(definition.initial ?? graph.nodes[0]?.id);
  const problemSteps = new Set(allProblems.map((p) => p.path.split(/[. ]/)[0]));
  const hasProblem = (id: string) => problemSteps.has(id.split(".")[0]);
  const state = (definition.states as Record<string, Json> | undefined)?.[selected];
  const meta = (state?.meta ?? {}) as Json;
  const placeholders = Object.hasOwn(entry.placeholders, String(meta.step)) ? entry.placeholders[String(meta.step)] : [];
  const swaps = (entry.reorderable ?? []).filter((g) => g.includes(selected)).flatMap((g) => g.filter((o) => o !== selected));
  const hrefFor = Object.fromEntries(graph.nodes.map((n) => [n.id, `/studio/${flow}?step=${encodeURIComponent(n.id)}`]));
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/studio" className="link">
          All flows
        </Link>
      </p>
      <header>
        <h1 className="text-xl font-bold">{flowTitle(flow)}</h1>
        <p className="text-sm text-zinc-600">
          <span className="font-mono text-xs">{flow}</span> · Published: version {live.version}.{" "}
          {draft ? `Showing the draft (edited by ${draft.updatedBy}, ${when(draft.updatedAt)}).` : "Showing the published version; editing starts a draft."} Last 7 days: {counts.started} started,{" "}
          {counts.completed} completed.
        </p>
      </header>
      {studioNotice && <Notice>{studioNotice.text}</Notice>}
      <ProblemsPanel flow={flow} definition={definition} problems={allProblems} refused={refused.length > 0} />

      <FlowDiagram
        nodes={laidOut.map((n) => ({
          ...n,
          reached: n.id === definition.initial ? counts.started : (counts.reached[n.id] ?? 0),
          stopped: counts.stopped[n.id] ?? 0,
          problem: hasProblem(n.id),
          selected: n.id === selected,
        }))}
        edges={graph.edges}
        hrefFor={hrefFor}
      />
      <p className="text-xs text-zinc-500">
        {graph.nodes.length} steps, {graph.edges.length} arrows (dashed: back), laid out in {layoutMs.toFixed(0)} ms. Drop-off: of the people who reached a step in the last 7 days, the share who stopped
        there.
      </p>

      <nav aria-label="Steps" className={`${panel} text-sm`}>
        <h2 className="font-semibold">Steps</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {graph.nodes.map((n) => (
            <li key={n.id}>
              <Link
                href={hrefFor[n.id]}
                aria-current={n.id === selected ? "true" : undefined}
                className={`inline-block rounded border px-2 py-1 ${n.id === selected ? "border-zinc-900 font-semibold" : "border-zinc-200"} ${hasProblem(n.id) ? "bg-red-50 text-red-800" : ""}`}
              >
                {n.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {/* Keyed by step and draft revision: every field follows the selected step (uncontrolled inputs keep their text otherwise). */}
      <StepEditor key={`${selected}@${draft?.updatedAt ? new Date(draft.updatedAt).getTime() : live.id}`} flow={flow} selected={selected} state={state} placeholders={placeholders} swaps={swaps} />
      {state?.on !== undefined && (
        <BranchesPanel key={`branches-${selected}`} flow={flow} selected={selected} definition={definition} state={state} guards={entry.implementations.guards} nodes={graph.nodes} />
      )}
      <SettingsPanel key={`settings@${draft?.updatedAt ? new Date(draft.updatedAt).getTime() : live.id}`} flow={flow} definition={definition} />
      <TryPanel flow={flow} hasDraft={!!draft} />
      <PublishPanel flow={flow} hasDraft={!!draft} liveId={live.id} liveVersion={live.version} blocked={problems.length > 0} />
      <HistoryPanel flow={flow} definition={definition} versions={versions} liveId={live.id} trail={trail} />
    </div>
  );
}
