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
import { BranchesPanel } from "./_panels/branches";
import { HistoryPanel } from "./_panels/history";
import { panel } from "./_panels/panel";
import { ProblemsPanel } from "./_panels/problems";
import { PublishPanel, TryPanel } from "./_panels/publish";
import { SettingsPanel } from "./_panels/settings";
import { StepEditor } from "./_panels/step-editor";
import { getTranslator } from "@/lib/i18n/request";
import { when } from "@/app/desk/words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("studio.list.title") };
}

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
  const i18n = await getTranslator();
  const sp = await searchParams;
  const [live, draft, versions, counts, trail, flash] = await Promise.all([published(flow), draftOf(flow), history(flow), funnel(flow), auditTrail(flow), readFlash("studio")]);
  const definition = (draft?.definition ?? live.definition) as Json;
  const problems: Problem[] = draft ? problemsOf(flow, definition) : [];
  const refused: Problem[] = flash.values?.problems ? JSON.parse(flash.values.problems) : [];
  const studioNotice = i18n.notice("studio", flash.notice, { version: flash.values?.version ?? "" });
  const allProblems = [...refused, ...problems];
  const graph = flowGraph(definition, i18n);
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
          {i18n.t("studio.flow.allFlows")}
        </Link>
      </p>
      <header>
        <h1 className="text-xl font-bold">{flowTitle(flow, i18n)}</h1>
        <p className="text-sm text-zinc-600">
          <span className="font-mono text-xs">{flow}</span> · {i18n.t("studio.flow.publishedVersion", { version: live.version })}{" "}
          {draft ? i18n.t("studio.flow.showingDraft", { name: draft.updatedBy, when: when(i18n, draft.updatedAt) }) : i18n.t("studio.flow.showingPublished")}{" "}
          {i18n.t("studio.flow.lastDays", { started: i18n.number(counts.started), completed: i18n.number(counts.completed) })}
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
        words={{
          label: i18n.t("studio.diagram.label"),
          start: i18n.t("studio.diagram.start"),
          end: i18n.t("studio.diagram.end"),
          // Filled in the browser for each step.
          counts: i18n.t("studio.diagram.counts", { reached: "{reached}", stopped: "{stopped}" }),
          spokenCounts: i18n.t("studio.diagram.spokenCounts", { reached: "{reached}", stopped: "{stopped}" }),
          dropOff: i18n.t("studio.diagram.dropOff", { percent: "{percent}" }),
          hasProblem: i18n.t("studio.diagram.hasProblem"),
        }}
      />
      <p className="text-xs text-zinc-500">
        {i18n.t("studio.flow.graphNote", { steps: graph.nodes.length, arrows: graph.edges.length, ms: layoutMs.toFixed(0) })}
      </p>

      <nav aria-label={i18n.t("studio.flow.steps")} className={`${panel} text-sm`}>
        <h2 className="font-semibold">{i18n.t("studio.flow.steps")}</h2>
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
        <BranchesPanel key={`branches-${selected}`} flow={flow} selected={selected} definition={definition} state={state} guards={entry.implementations.guards} nodes={graph.nodes} i18n={i18n} />
      )}
      <SettingsPanel key={`settings@${draft?.updatedAt ? new Date(draft.updatedAt).getTime() : live.id}`} flow={flow} definition={definition} i18n={i18n} />
      <TryPanel flow={flow} hasDraft={!!draft} />
      <PublishPanel flow={flow} hasDraft={!!draft} liveId={live.id} liveVersion={live.version} blocked={problems.length > 0} />
      <HistoryPanel flow={flow} definition={definition} versions={versions} liveId={live.id} trail={trail} i18n={i18n} />
    </div>
  );
}
