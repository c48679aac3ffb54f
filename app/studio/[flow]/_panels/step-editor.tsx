import { editStepAction, swapStepsAction } from "../../actions";
import { fieldMayBeOptional } from "@/lib/studio/edit";
import { panel } from "./panel";

type Json = Record<string, unknown>;

/**
 * One step's copy and fields. The caller keys it by step (and draft revision): the inputs are
 * uncontrolled, and React would otherwise keep the previous step's text in them across navigation.
 */
export function StepEditor({ flow, selected, state, placeholders, swaps }: { flow: string; selected: string; state: Json | undefined; placeholders: readonly string[]; swaps: string[] }) {
  const meta = (state?.meta ?? {}) as Json;
  const fields = (Array.isArray(meta.fields) ? meta.fields : []) as Json[];
  return (
    <section className={panel} aria-labelledby="step-editor-title">
      <h2 id="step-editor-title" className="text-lg font-bold">
        Step: {selected}
      </h2>
      {swaps.map((other) => (
        <form key={other} action={swapStepsAction} className="mt-2">
          <input type="hidden" name="flow" value={flow} />
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
          <input type="hidden" name="flow" value={flow} />
          <input type="hidden" name="step" value={selected} />
          <label className="font-medium" htmlFor="step-title">
            Title
          </label>
          <input id="step-title" name="title" defaultValue={String(meta.title ?? "")} maxLength={80} className="input" />
          <label className="font-medium" htmlFor="step-description">
            Help text
          </label>
          <textarea id="step-description" name="description" defaultValue={String(meta.description ?? "")} maxLength={400} rows={3} className="input" aria-describedby="step-placeholders" />
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
  );
}
