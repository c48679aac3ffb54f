import { eventBodyFor, type CaseRow, type caseHistory } from "@/lib/cases/service";
import type { Flash } from "@/lib/http/flash";
import { utcTime } from "@/lib/i18n/words";
import type { MessageKey, Translator } from "@/lib/messages";
import { replyAction } from "../actions";
import { Card } from "@/components/card";

type HistoryEntry = Awaited<ReturnType<typeof caseHistory>>[number];

/** What happened on the case, in the customer's words, and the reply form while the case is open. */
export function CaseHistoryPanel({ i18n, c, history, open, flash }: { i18n: Translator; c: CaseRow; history: HistoryEntry[]; open: boolean; flash: Flash }) {
  return (
    <Card id="history-title" title={i18n.t("account.cases.history")}>
      <ol className="mt-3 space-y-3 text-sm">
        {history.map((e) => (
          <li key={e.id}>
            <p className="font-medium">
              {i18n.has(`caseEvents.${e.type}`) ? i18n.t(`caseEvents.${e.type}` as MessageKey) : e.type} <span className="text-xs font-normal text-zinc-600">· {utcTime(i18n, e.createdAt)}</span>
            </p>
            {eventBodyFor(i18n, e) && <p className="whitespace-pre-wrap text-zinc-700">{eventBodyFor(i18n, e)}</p>}
          </li>
        ))}
      </ol>
      {open && (
        <form action={replyAction} className="mt-4 flex flex-col gap-2">
          <input type="hidden" name="caseId" value={c.id} />
          <label htmlFor="reply-body" className="text-sm font-medium">
            {i18n.t("account.cases.messageToSupport")}
          </label>
          <textarea id="reply-body" name="body" required maxLength={4000} rows={3} className="input" aria-describedby={flash.errors?.body ? "reply-error" : undefined} />
          {flash.errors?.body && (
            <p id="reply-error" className="text-sm text-red-700">
              {flash.errors.body}
            </p>
          )}
          <button type="submit" className="btn-secondary self-start">
            {i18n.t("account.cases.send")}
          </button>
        </form>
      )}
    </Card>
  );
}
