import Link from "next/link";
import { discardAction, openDraftAction, publishAction, startTryAction } from "../../actions";
import { panel } from "./panel";
import { ActionButton } from "@/components/action-button";

export function TryPanel({ flow, hasDraft }: { flow: string; hasDraft: boolean }) {
  return (
    <section className={panel} aria-labelledby="try-section-title">
      <h2 id="try-section-title" className="text-lg font-bold">
        Try it
      </h2>
      <p className="mt-1 text-sm text-zinc-600">
        Click through the {hasDraft ? "draft" : "published version"} as a person would, choosing what the world answers (is the user name free, does the contact have an account). Effects are shown, not carried out.
      </p>
      <ActionButton action={startTryAction} name="flow" value={flow} className="mt-2">
        Try it
      </ActionButton>
    </section>
  );
}

export function PublishPanel({ flow, hasDraft, liveId, liveVersion, blocked }: { flow: string; hasDraft: boolean; liveId: string; liveVersion: number; blocked: boolean }) {
  return (
    <section className={panel} aria-labelledby="publish-title">
      <h2 id="publish-title" className="text-lg font-bold">
        Publish
      </h2>
      {hasDraft ? (
        <>
          <p className="mt-1 text-sm">
            <Link href={`/studio/${flow}/diff?from=${liveId}&to=draft`} className="link">
              Compare the draft with version {liveVersion}
            </Link>
          </p>
          <form action={publishAction} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
            <input type="hidden" name="flow" value={flow} />
            <div className="w-full max-w-80">
              <label htmlFor="publish-note" className="block font-medium">
                Note
              </label>
              <input id="publish-note" name="note" maxLength={200} className="input mt-1 w-full" placeholder="What changed and why" />
            </div>
            <button type="submit" className="btn-primary" disabled={blocked}>
              Publish
            </button>
          </form>
          <ActionButton action={discardAction} name="flow" value={flow} className="mt-2">
            Discard draft
          </ActionButton>
        </>
      ) : (
        <form action={openDraftAction} className="mt-2">
          <input type="hidden" name="flow" value={flow} />
          <button type="submit" className="btn-secondary">
            Start a draft
          </button>
          <p className="mt-1 text-xs text-zinc-600">Saving any edit starts one too.</p>
        </form>
      )}
    </section>
  );
}
