import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FlowDiagram } from "@/components/flow-diagram";
import { requireUser } from "@/lib/auth/guard";
import { flowEntry } from "@/lib/flows/registry";
import { readFlash } from "@/lib/http/flash";
import { passwordPolicies } from "@/lib/security/passwords";
import { branchPalette, fieldMayBeOptional, hasPasswordField, isStudioBranch, passwordPolicyOf, SETTINGS, settingsOf, type Problem } from "@/lib/studio/edit";
import { flowGraph } from "@/lib/studio/graph";
import { layoutGraph } from "@/lib/studio/layout";
import { auditTrail, draftOf, EDITOR_ROLES, funnel, history, problemsOf, published } from "@/lib/studio/service";
import { passwordPolicyAction, swapStepsAction, addBranchAction, discardAction, editSettingsAction, editStepAction, openDraftAction, publishAction, removeBranchAction, rollbackAction, startTryAction } from "../actions";
import { utcMinute as when } from "@/lib/format";

export const metadata: Metadata = { title: "Flow studio" };

type Json = Record<string, unknown>;

type Props = { params: Promise<{ flow: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function StudioFlowPage({ params, searchParams }: Props) {
  const { flow } = await params;
  if (!flowEntry(flow)) notFound();
  await requireUser(`/studio/${flow}`, EDITOR_ROLES);
  const sp = await searchParams;
  const [live, draft, versions, counts, trail, flash] = await Promise.all([published(flow), draftOf(flow), history(flow), funnel(flow), auditTrail(flow), readFlash("studio")]);
  const definition = (draft?.definition ?? live.definition) as Json;
  const problems: Problem[] = draft ? problemsOf(flow, definition) : [];
  const refused: Problem[] = flash.values?.problems ? JSON.parse(flash.values.problems) : [];
  const allProblems = [...refused, ...problems];
  const graph = flowGraph(definition);
  const t0 = performance.now();
  const laidOut = await layoutGraph(graph.nodes, graph.edges);
  const layoutMs = performance.now() - t0;
  const selected = sp.step && graph.nodes.some((n) => n.id === sp.step) ? sp.step : String(definition.initial ?? graph.nodes[0]?.id);
  const hasProblem = (id: string) => allProblems.some((p) => p.path === id || p.path.startsWith(`${id}.`));
  const states = definition.states as Record<string, Json>;
  const state = states?.[selected];
  const meta = (state?.meta ?? {}) as Json;
  const fields = (Array.isArray(meta.fields) ? meta.fields : []) as Json[];
  const allowList = flowEntry(flow)!.placeholders;
  const placeholders = Object.hasOwn(allowList, String(meta.step)) ? allowList[String(meta.step)] : [];
  const settings = settingsOf(definition);
  const hrefFor = Object.fromEntries(graph.nodes.map((n) => [n.id, `/studio/${flow}?step=${encodeURIComponent(n.id)}`]));
  const hidden = <input type="hidden" name="flow" value={flow} />;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/studio" className="link">
          All flows
        </Link>
      </p>
      <header>
        <h1 className="text-xl font-bold">{flow}</h1>
        <p className="text-sm text-zinc-600">
          Published: version {live.version}. {draft ? `Showing the draft (edited by ${draft.updatedBy}, ${when(draft.updatedAt)}).` : "Showing the published version; editing starts a draft."}{" "}
          Last 7 days: {counts.started} started, {counts.completed} completed.
        </p>
      </header>
      {flash.notice === "saved" && <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">Saved in the draft.</p>}
      {flash.notice === "published" && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Published as version {flash.values?.version}. New flows start on it; running ones finish on theirs.
        </p>
      )}
      {flash.notice === "discarded" && <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">The draft was discarded.</p>}
      {allProblems.length > 0 && (
        <section role="alert" aria-labelledby="problems-title" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          <h2 id="problems-title" className="font-semibold">
            {refused.length ? "Not done:" : "This draft cannot be published yet:"}
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {allProblems.map((p, i) => (
              <li key={i}>
                {p.path ? (
                  <Link href={hrefFor[p.path.split(".")[0]] ?? `/studio/${flow}`} className="underline">
                    {p.path}
                  </Link>
                ) : null}
                {p.path ? ": " : ""}
                {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}

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
        {graph.nodes.length} states, {graph.edges.length} transitions, laid out in {layoutMs.toFixed(0)} ms.
      </p>

      <nav aria-label="Steps" className="card text-sm">
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

      <section className="card" aria-labelledby="step-editor-title">
        <h2 id="step-editor-title" className="text-lg font-bold">
          Step: {selected}
        </h2>
        {(flowEntry(flow)!.reorderable ?? [])
          .filter((g) => g.includes(selected))
          .flatMap((g) => g.filter((o) => o !== selected))
          .map((other) => (
            <form key={other} action={swapStepsAction} className="mt-2">
              {hidden}
              <input type="hidden" name="step" value={selected} />
              <input type="hidden" name="other" value={other} />
              <button type="submit" className="btn-secondary">
                Swap with {other}
              </button>
            </form>
          ))}
        {!state?.meta ? (
          <p className="mt-2 text-sm text-zinc-600">This state has no screen to edit.</p>
        ) : (
          <form action={editStepAction} className="mt-3 flex flex-col gap-3 text-sm">
            {hidden}
            <input type="hidden" name="step" value={selected} />
            <label className="font-medium" htmlFor="step-title">
              Title
            </label>
            <input id="step-title" name="title" defaultValue={String(meta.title ?? "")} maxLength={80} className="input" />
            <label className="font-medium" htmlFor="step-description">
              Help text
            </label>
            <textarea
              id="step-description"
              name="description"
              defaultValue={String(meta.description ?? "")}
              maxLength={400}
              rows={3}
              className="input"
              aria-describedby="step-placeholders"
            />
            <p id="step-placeholders" className="text-xs text-zinc-600">
              {placeholders.length
                ? `Placeholders this step can show in its help text and buttons: ${placeholders.map((p) => `{${p}}`).join(", ")}. Anything else is refused.`
                : "This step shows no placeholders: text in {braces} is refused."}
            </p>
            {typeof (meta.submit as Json | undefined)?.label === "string" && (
              <>
                <label className="font-medium" htmlFor="step-submit">
                  Button text
                </label>
                <input id="step-submit" name="submitLabel" defaultValue={String((meta.submit as Json).label)} maxLength={40} className="input" />
              </>
            )}
            {fields.map((f) => (
              <fieldset key={String(f.name)} className="rounded border border-zinc-200 p-3">
                <legend className="px-1 font-medium">
                  Field {String(f.name)} ({String(f.kind)})
                </legend>
                <input type="hidden" name="fieldNames" value={String(f.name)} />
                <label className="block" htmlFor={`f-${String(f.name)}-label`}>
                  Label
                </label>
                <input id={`f-${String(f.name)}-label`} name={`field:${String(f.name)}:label`} defaultValue={String(f.label ?? "")} maxLength={120} className="input mt-1" />
                <label className="mt-2 block" htmlFor={`f-${String(f.name)}-hint`}>
                  Hint
                </label>
                <input id={`f-${String(f.name)}-hint`} name={`field:${String(f.name)}:hint`} defaultValue={String(f.hint ?? "")} maxLength={240} className="input mt-1" />
                {fieldMayBeOptional(f) && f.required !== true && (
                  <label className="mt-2 flex items-center gap-2">
                    <input type="hidden" name={`field:${String(f.name)}:switchable`} value="1" />
                    <input type="checkbox" name={`field:${String(f.name)}:on`} defaultChecked={f.off !== true} className="size-4 accent-brand" />
                    Shown (optional: switch it off to leave it out of the step)
                  </label>
                )}
                <label className="mt-2 flex items-center gap-2">
                  <input type="checkbox" name={`field:${String(f.name)}:required`} defaultChecked={f.required === true} className="size-4 accent-brand" />
                  Required{fieldMayBeOptional(f) ? "" : " (always: a rule depends on it)"}
                </label>
              </fieldset>
            ))}
            <button type="submit" className="btn-primary self-start">
              Save step in draft
            </button>
          </form>
        )}
      </section>

      {state?.on !== undefined && (
        <section className="card" aria-labelledby="branches-title">
          <h2 id="branches-title" className="text-lg font-bold">
            Branches of {selected}
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {Object.entries(state.on as Json).flatMap(([event, raw]) =>
              (Array.isArray(raw) ? raw : [raw]).map((b, i) => {
                const branch = (typeof b === "string" ? { target: b } : b) as Json;
                const studioMade = isStudioBranch(branch);
                return (
                  <li key={`${event}-${i}`} className="flex flex-wrap items-center gap-2">
                    <span className="font-mono text-xs">
                      {event}
                      {branch.guard ? ` when ${String(branch.guard)}` : ""} → {branch.target ? String(branch.target) : "(stays)"}
                      {branch.actions ? ` · does ${[branch.actions].flat().join(", ")}` : ""}
                    </span>
                    {studioMade && (
                      <form action={removeBranchAction}>
                        {hidden}
                        <input type="hidden" name="step" value={selected} />
                        <input type="hidden" name="event" value={event} />
                        <input type="hidden" name="index" value={i} />
                        <button type="submit" className="link text-xs" aria-label={`Remove the branch ${event} when ${String(branch.guard)}`}>
                          Remove
                        </button>
                      </form>
                    )}
                  </li>
                );
              }),
            )}
          </ul>
          <form action={addBranchAction} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
            {hidden}
            <input type="hidden" name="step" value={selected} />
            <div>
              <label htmlFor="branch-event" className="block font-medium">
                On
              </label>
              <select id="branch-event" name="event" className="input mt-1">
                {Object.keys(state.on as Json).map((e) => (
                  <option key={e}>{e}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="branch-guard" className="block font-medium">
                When (condition from the code)
              </label>
              <select id="branch-guard" name="guard" className="input mt-1">
                {branchPalette(flowEntry(flow)!.implementations.guards).map((g) => (
                  <option key={g}>{g}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="branch-target" className="block font-medium">
                Go to
              </label>
              <select id="branch-target" name="target" className="input mt-1">
                {graph.nodes.filter((n) => !n.parent).map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.label} ({n.id})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              Add branch
            </button>
          </form>
          <p className="mt-1 text-xs text-zinc-600">A branch only routes; the code&apos;s own checks on the same event still run first, and every rule is checked before publishing.</p>
        </section>
      )}

      <section className="card" aria-labelledby="settings-title">
        <h2 id="settings-title" className="text-lg font-bold">
          Settings
        </h2>
        {hasPasswordField(definition) && (
          <form action={passwordPolicyAction} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
            {hidden}
            <div>
              <label htmlFor="password-policy" className="block font-medium">
                Password rule
              </label>
              <select id="password-policy" name="passwordPolicy" defaultValue={passwordPolicyOf(definition)} className="input mt-1">
                {Object.entries(passwordPolicies).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              Save rule in draft
            </button>
          </form>
        )}
        {Object.keys(settings).length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600">This flow has no settings to change.</p>
        ) : (
          <form action={editSettingsAction} className="mt-3 grid grid-cols-[max-content_8rem_max-content] items-center gap-x-3 gap-y-2 text-sm">
            {hidden}
            {Object.entries(settings).map(([key, value]) => {
              const s = SETTINGS[key];
              return (
                <div key={key} className="contents">
                  <label htmlFor={`setting-${key}`}>{s.label}</label>
                  <input id={`setting-${key}`} name={`setting:${key}`} type="number" min={s.min} max={s.max} defaultValue={value / s.scale} className="input" aria-describedby={`setting-${key}-unit`} />
                  <span id={`setting-${key}-unit`} className="text-zinc-600">
                    {s.unit} ({s.min} to {s.max})
                  </span>
                </div>
              );
            })}
            <button type="submit" className="btn-primary col-span-3 justify-self-start">
              Save settings in draft
            </button>
          </form>
        )}
      </section>

      <section className="card" aria-labelledby="try-section-title">
        <h2 id="try-section-title" className="text-lg font-bold">
          Try it
        </h2>
        <p className="mt-1 text-sm text-zinc-600">
          Click through the {draft ? "draft" : "published version"} as a person would. Effects are shown, not carried out.
        </p>
        <form action={startTryAction} className="mt-2">
          {hidden}
          <button type="submit" className="btn-secondary">
            Try it
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="publish-title">
        <h2 id="publish-title" className="text-lg font-bold">
          Publish
        </h2>
        {draft ? (
          <>
            <p className="mt-1 text-sm">
              <Link href={`/studio/${flow}/diff?from=${live.id}&to=draft`} className="link">
                Compare the draft with version {live.version}
              </Link>
            </p>
            <form action={publishAction} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
              {hidden}
              <div>
                <label htmlFor="publish-note" className="block font-medium">
                  Note
                </label>
                <input id="publish-note" name="note" maxLength={200} className="input mt-1 w-80" placeholder="What changed and why" />
              </div>
              <button type="submit" className="btn-primary" disabled={problems.length > 0}>
                Publish
              </button>
            </form>
            <form action={discardAction} className="mt-2">
              {hidden}
              <button type="submit" className="btn-secondary">
                Discard draft
              </button>
            </form>
          </>
        ) : (
          <form action={openDraftAction} className="mt-2">
            {hidden}
            <button type="submit" className="btn-secondary">
              Start a draft
            </button>
            <p className="mt-1 text-xs text-zinc-600">Saving any edit starts one too.</p>
          </form>
        )}
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title" className="text-lg font-bold">
          History
        </h2>
        <ol className="mt-2 divide-y divide-zinc-100 text-sm">
          {versions.map((v) => (
            <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                Version {v.version} · {v.author ?? "?"} · {when(v.createdAt)} · {v.note ?? ""}
                {v.id === live.id && <span className="ml-2 rounded bg-green-100 px-1.5 text-xs text-green-800">published</span>}
              </span>
              <span className="flex gap-2">
                {v.id !== live.id && (
                  <Link href={`/studio/${flow}/diff?from=${v.id}&to=${live.id}`} className="link">
                    Diff with published
                  </Link>
                )}
                {v.id !== live.id && (
                  <form action={rollbackAction}>
                    {hidden}
                    <input type="hidden" name="versionId" value={v.id} />
                    <button type="submit" className="link" aria-label={`Roll back to version ${v.version}`}>
                      Roll back
                    </button>
                  </form>
                )}
              </span>
            </li>
          ))}
        </ol>
        <h3 className="mt-4 font-semibold">Audit trail</h3>
        <ol className="mt-1 text-xs text-zinc-700">
          {trail.map((a) => (
            <li key={a.id}>
              {when(a.createdAt)} · {a.actor} · {a.action.replace(/_/g, " ")} {Object.keys(a.detail as Json).length ? JSON.stringify(a.detail) : ""}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
