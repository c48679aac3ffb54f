import Link from "next/link";
import { when } from "@/app/desk/words";
import type { Translator } from "@/lib/messages";
import { auditSentence } from "@/lib/studio/words";
import { panel } from "./panel";

type Version = { id: string; version: number; note: string | null; author: string | null; createdAt: Date };
type AuditRow = { id: number | string; actor: string; action: string; detail: unknown; createdAt: Date };

/** Versions (with diff and roll back, which asks first) and the audit trail as sentences. */
export function HistoryPanel({ flow, definition, versions, liveId, trail, i18n }: { flow: string; definition: Record<string, unknown>; versions: Version[]; liveId: string; trail: AuditRow[]; i18n: Translator }) {
  return (
    <section className={panel} aria-labelledby="history-title">
      <h2 id="history-title" className="text-lg font-bold">
        {i18n.t("studio.history.title")}
      </h2>
      <ol className="mt-2 divide-y divide-zinc-100 text-sm">
        {versions.map((v) => (
          <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              {i18n.t("studio.history.version", { version: v.version, author: v.author ?? "?", when: when(i18n, v.createdAt), note: v.note ?? "" })}
              {v.id === liveId && <span className="ml-2 rounded bg-green-100 px-1.5 text-xs text-green-800">{i18n.t("studio.history.published")}</span>}
            </span>
            {v.id !== liveId && (
              <span className="flex gap-3">
                <Link href={`/studio/${flow}/diff?from=${v.id}&to=${liveId}`} className="link">
                  {i18n.t("studio.history.diff")}
                </Link>
                <Link href={`/studio/${flow}/rollback?version=${v.id}`} className="link" aria-label={i18n.t("studio.history.rollBackTo", { version: v.version })}>
                  {i18n.t("studio.history.rollBack")}
                </Link>
              </span>
            )}
          </li>
        ))}
      </ol>
      <h3 className="mt-4 font-semibold">{i18n.t("studio.history.audit")}</h3>
      <ol className="mt-1 space-y-0.5 text-xs text-zinc-700">
        {trail.map((a) => (
          <li key={a.id}>
            <span className="text-zinc-500">{when(i18n, a.createdAt)}</span> {auditSentence(definition, a, i18n)}
          </li>
        ))}
      </ol>
    </section>
  );
}
