import Link from "next/link";
import { queueQuery, slaMinutes, type QueueFilter, type QueueRow } from "@/lib/cases/queue";
import { caseLabel } from "@/lib/cases/service";
import type { Translator } from "@/lib/messages";
import { claimAction } from "../actions";
import { focusRing, panel } from "../ui";
import { duration, statusLabel } from "../words";
import { TableHead } from "@/components/table-head";

const OPEN = ["new", "in_review", "waiting_customer", "awaiting_second_approval"];

/** The queue's time columns: how long an undecided case has been waiting, and how long its first decision took. */
function times(r: QueueRow, at: number, i18n: Translator) {
  const sla = slaMinutes(r, at);
  const open = OPEN.includes(r.status);
  return {
    waiting: open ? duration(i18n, Math.max(0, Math.round((at - r.createdAt.getTime()) / 60_000))) : "—",
    late: open && !sla.decided && sla.minutes > 24 * 60,
    firstDecision: sla.decided ? duration(i18n, sla.minutes) : i18n.t("desk.list.notYet"),
  };
}

/**
 * The queue's cases: a table from 640 px, one card per case below. Case links carry the queue's
 * filter, so the case page's Next case / Previous case follow this list.
 */
export function QueueList({ rows, filter, here, at, i18n }: { rows: QueueRow[]; filter: QueueFilter; here: string; at: number; i18n: Translator }) {
  const caseHref = (id: string) => `/desk/cases/${id}${queueQuery(filter)}`;
  const claim = (r: QueueRow, className: string) =>
    !r.assignee && OPEN.includes(r.status) ? (
      <form action={claimAction}>
        <input type="hidden" name="caseId" value={r.id} />
        <input type="hidden" name="back" value={here} />
        <button type="submit" className={className} aria-label={i18n.t("desk.list.claimCase", { label: caseLabel(r.number) })}>
          {i18n.t("desk.list.claim")}
        </button>
      </form>
    ) : null;
  const customer = (r: QueueRow) => (
    <>
      <span className="block font-medium">{r.customer ?? "—"}</span>
      {r.userEmail && <span className="block break-all text-xs text-zinc-600">{r.userEmail}</span>}
    </>
  );
  return (
    <>
      {/* 640 px and wider: one row per case, every column on screen at 1280 px. */}
      {rows.length > 0 && (
        <div className={`${panel} hidden overflow-x-auto p-0 sm:block sm:p-0`}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{i18n.t("desk.list.caption")}</caption>
            <TableHead
              className="bg-zinc-50 text-xs uppercase text-zinc-600"
              cellClassName="px-3 py-2"
              columns={[
                { label: i18n.t("desk.list.case") },
                { label: i18n.t("desk.list.status") },
                { label: i18n.t("desk.list.deviceSerial") },
                { label: i18n.t("desk.list.customer") },
                { label: i18n.t("desk.list.waiting") },
                { label: i18n.t("desk.list.timeToFirstDecision") },
                { label: i18n.t("desk.list.assignee") },
                { label: i18n.t("desk.list.claim") },
              ]}
            />
            <tbody className="divide-y divide-zinc-100">
              {rows.map((r) => {
                const t = times(r, at, i18n);
                return (
                  <tr key={r.id} className="align-top">
                    <td className="whitespace-nowrap px-3 py-2">
                      <Link href={caseHref(r.id)} className={`link ${focusRing}`}>
                        {caseLabel(r.number)}
                      </Link>
                      {r.photoBlurry ? <span className="block text-xs text-amber-800">{i18n.t("desk.list.blurry")}</span> : null}
                    </td>
                    <td className="px-3 py-2">{statusLabel(i18n, r.status)}</td>
                    <td className="break-all px-3 py-2 font-mono text-xs">{r.serial}</td>
                    <td className="px-3 py-2">{customer(r)}</td>
                    <td className={`whitespace-nowrap px-3 py-2 ${t.late ? "font-semibold text-red-700" : ""}`}>{t.waiting}</td>
                    <td className="whitespace-nowrap px-3 py-2">{t.firstDecision}</td>
                    <td className="px-3 py-2">{r.assignee ?? i18n.t("desk.list.nobody")}</td>
                    <td className="px-3 py-2">{claim(r, `btn-secondary py-1 ${focusRing}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {/* Under 640 px: one card per case. */}
      {rows.length > 0 && (
        <ul className="space-y-3 sm:hidden" aria-label={i18n.t("desk.list.caption")}>
          {rows.map((r) => {
            const t = times(r, at, i18n);
            return (
              <li key={r.id} className={`${panel} text-sm`}>
                <div className="flex items-start justify-between gap-3">
                  <Link href={caseHref(r.id)} className={`link text-base ${focusRing}`}>
                    {caseLabel(r.number)}
                  </Link>
                  <span className="rounded bg-zinc-100 px-2 py-0.5 text-xs font-medium">{statusLabel(i18n, r.status)}</span>
                </div>
                <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
                  <dt className="text-zinc-600">{i18n.t("desk.list.serial")}</dt>
                  <dd className="break-all font-mono text-xs leading-5">{r.serial}</dd>
                  <dt className="text-zinc-600">{i18n.t("desk.list.customer")}</dt>
                  <dd>{customer(r)}</dd>
                  <dt className="text-zinc-600">{i18n.t("desk.list.waiting")}</dt>
                  <dd className={t.late ? "font-semibold text-red-700" : ""}>{t.waiting}</dd>
                  <dt className="text-zinc-600">{i18n.t("desk.list.firstDecision")}</dt>
                  <dd>{t.firstDecision}</dd>
                  <dt className="text-zinc-600">{i18n.t("desk.list.assignee")}</dt>
                  <dd>{r.assignee ?? i18n.t("desk.list.nobody")}</dd>
                </dl>
                {r.photoBlurry ? <p className="mt-1 text-xs text-amber-800">{i18n.t("desk.list.blurry")}</p> : null}
                <div className="mt-3">{claim(r, `btn-secondary w-full ${focusRing}`)}</div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
