import { eventBodyFor, type CaseRow, type caseHistory } from "@/lib/cases/service";
import type { Translator } from "@/lib/messages";
import type { Flash } from "@/lib/http/flash";
import { caseDeskAction } from "../../../actions";
import { panel } from "../../../ui";
import { eventLabel, when } from "../../../words";
import { CaseFormFields } from "./case-form";

type HistoryEntry = Awaited<ReturnType<typeof caseHistory>>[number];

/** Internal notes, messages to the customer, and the case's audit trail. */
export function TalkPanel({ c, queue, canAsk, history, flash, i18n }: { c: CaseRow; queue: string; canAsk: boolean; history: HistoryEntry[]; flash: Flash; i18n: Translator }) {
  return (
    <section className={panel} aria-labelledby="talk-title">
      <h2 id="talk-title" className="text-lg font-bold">
        {i18n.t("desk.talk.title")}
      </h2>
      {c.status !== "closed" && (
        <form action={caseDeskAction} className="mt-3 flex flex-col gap-2">
          <CaseFormFields c={c} queue={queue} />
          <label htmlFor="desk-text" className="text-sm font-medium">
            {i18n.t("desk.talk.text")}
          </label>
          <textarea id="desk-text" name="text" rows={3} maxLength={4000} className="input" />
          {(flash.errors?.NOTE || flash.errors?.MESSAGE || flash.errors?.ASK_CUSTOMER) && (
            <p className="text-sm text-red-700">{flash.errors?.NOTE ?? flash.errors?.MESSAGE ?? flash.errors?.ASK_CUSTOMER}</p>
          )}
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="intent" value="NOTE" className="btn-secondary">
              {i18n.t("desk.talk.addNote")}
            </button>
            <button type="submit" name="intent" value="MESSAGE" className="btn-secondary">
              {i18n.t("desk.talk.message")}
            </button>
            {canAsk && (
              <button type="submit" name="intent" value="ASK_CUSTOMER" className="btn-secondary">
                {i18n.t("desk.talk.ask")}
              </button>
            )}
          </div>
        </form>
      )}
      <h3 className="mt-5 font-semibold">{i18n.t("desk.talk.audit")}</h3>
      <ol className="mt-2 space-y-2 text-sm" aria-label={i18n.t("desk.talk.audit")}>
        {history.map((e) => (
          <li key={e.id} className={e.visibility === "internal" && (e.type === "note") ? "rounded bg-amber-50 p-2" : ""}>
            <p>
              <span className="font-medium">{eventLabel(i18n, e.type)}</span>{" "}
              <span className="text-xs text-zinc-600">
                {i18n.t("desk.talk.by", {
                  name: e.actorName ?? e.actorRole ?? "",
                  when: when(i18n, e.createdAt),
                  visibility: e.visibility === "internal" ? i18n.t("desk.talk.internal") : i18n.t("desk.talk.customerSees"),
                })}
              </span>
            </p>
            {eventBodyFor(i18n, e) && <p className="whitespace-pre-wrap text-zinc-700">{eventBodyFor(i18n, e)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
