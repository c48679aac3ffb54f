import { addBranchAction, removeBranchAction } from "../../actions";
import { buttonLabel, conditionLabel, routesOf } from "@/lib/studio/conditions";
import { inDefinition } from "@/lib/studio/words";
import { branchPalette, isStudioBranch } from "@/lib/studio/edit";
import type { GraphNode } from "@/lib/studio/graph";
import type { Translator } from "@/lib/messages";
import { panel } from "./panel";

type Json = Record<string, unknown>;

/** Where each button of the step leads, and the form to add a branch (a condition from the code, a step to go to). */
export function BranchesPanel({ flow, selected, definition, state, guards, nodes, i18n }: { flow: string; selected: string; definition: Json; state: Json; guards: Record<string, unknown>; nodes: GraphNode[]; i18n: Translator }) {
  const on = (state.on ?? {}) as Json;
  const routes = routesOf(definition, selected, i18n);
  // Index of each route within its event's list, which is what Remove names.
  const seen: Record<string, number> = {};
  return (
    <section className={panel} aria-labelledby="branches-title">
      <h2 id="branches-title" className="text-lg font-bold">
        {i18n.t("studio.branches.title", { step: selected })}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {routes.map((r) => {
          const i = (seen[r.event] = (seen[r.event] ?? -1) + 1);
          const raw = on[r.event];
          const branch = (Array.isArray(raw) ? raw : [raw])[i];
          return (
            <li key={`${r.event}-${i}`} className="flex flex-wrap items-center gap-2">
              <span>{r.text}</span>
              {isStudioBranch(branch) && (
                <form action={removeBranchAction}>
                  <input type="hidden" name="flow" value={flow} />
                  <input type="hidden" name="step" value={selected} />
                  <input type="hidden" name="event" value={r.event} />
                  <input type="hidden" name="index" value={i} />
                  <button type="submit" className="link text-xs" aria-label={i18n.t("studio.branches.removeLabel", { button: r.button, condition: conditionLabel(r.guard ?? "", i18n) })}>
                    {i18n.t("studio.branches.remove")}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      <form action={addBranchAction} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
        <input type="hidden" name="flow" value={flow} />
        <input type="hidden" name="step" value={selected} />
        <div>
          <label htmlFor="branch-event" className="block font-medium">
            {i18n.t("studio.branches.on")}
          </label>
          <select id="branch-event" name="event" className="input mt-1">
            {Object.keys(on).map((e) => (
              <option key={e} value={e}>
                {inDefinition(definition, buttonLabel(state.meta, e), i18n)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="branch-guard" className="block font-medium">
            {i18n.t("studio.branches.when")}
          </label>
          <select id="branch-guard" name="guard" className="input mt-1 max-w-full">
            {branchPalette(guards).map((g) => (
              <option key={g} value={g}>
                {conditionLabel(g, i18n)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="branch-target" className="block font-medium">
            {i18n.t("studio.branches.goTo")}
          </label>
          <select id="branch-target" name="target" className="input mt-1">
            {nodes
              .filter((n) => !n.parent)
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label} ({n.id})
                </option>
              ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {i18n.t("studio.branches.add")}
        </button>
      </form>
      <p className="mt-1 text-xs text-zinc-600">
        {i18n.t("studio.branches.note")}
      </p>
    </section>
  );
}
