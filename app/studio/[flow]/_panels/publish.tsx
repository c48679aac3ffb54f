import Link from "next/link";
import { discardAction, openDraftAction, publishAction, startTryAction } from "../../actions";
import { panel } from "./panel";
import { ActionButton } from "@/components/action-button";
import { getTranslator } from "@/lib/i18n/request";

export async function TryPanel({ flow, hasDraft }: { flow: string; hasDraft: boolean }) {
  const { t } = await getTranslator();
  return (
    <section className={panel} aria-labelledby="try-section-title">
      <h2 id="try-section-title" className="text-lg font-bold">
        {t("copy.try.title")}
      </h2>
      <p className="mt-1 text-sm text-zinc-600">{hasDraft ? t("copy.try.draft") : t("copy.try.published")}</p>
      <ActionButton action={startTryAction} name="flow" value={flow} className="mt-2">
        {t("copy.try.button")}
      </ActionButton>
    </section>
  );
}

/**
 * Publishing is refused while the draft has a problem, and while a changed text has no German or
 * Spanish translation (the server says which, step by step; the button stays so it can say so).
 */
export async function PublishPanel({ flow, hasDraft, liveId, liveVersion, blocked }: { flow: string; hasDraft: boolean; liveId: string; liveVersion: number; blocked: boolean }) {
  const { t } = await getTranslator();
  return (
    <section className={panel} aria-labelledby="publish-title">
      <h2 id="publish-title" className="text-lg font-bold">
        {t("copy.publish.title")}
      </h2>
      {hasDraft ? (
        <>
          <p className="mt-1 text-sm">
            <Link href={`/studio/${flow}/diff?from=${liveId}&to=draft`} className="link">
              {t("copy.publish.compare", { version: liveVersion })}
            </Link>
          </p>
          <form action={publishAction} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
            <input type="hidden" name="flow" value={flow} />
            <div className="w-full max-w-80">
              <label htmlFor="publish-note" className="block font-medium">
                {t("copy.publish.note")}
              </label>
              <input id="publish-note" name="note" maxLength={200} className="input mt-1 w-full" placeholder={t("copy.publish.notePlaceholder")} />
            </div>
            <button type="submit" className="btn-primary" disabled={blocked}>
              {t("copy.publish.button")}
            </button>
          </form>
          <ActionButton action={discardAction} name="flow" value={flow} className="mt-2">
            {t("copy.publish.discard")}
          </ActionButton>
        </>
      ) : (
        <form action={openDraftAction} className="mt-2">
          <input type="hidden" name="flow" value={flow} />
          <button type="submit" className="btn-secondary">
            {t("copy.publish.start")}
          </button>
          <p className="mt-1 text-xs text-zinc-600">{t("copy.publish.startNote")}</p>
        </form>
      )}
    </section>
  );
}
