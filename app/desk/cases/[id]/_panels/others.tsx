import Link from "next/link";
import { caseLabel, type CaseRow } from "@/lib/cases/service";
import type { Translator } from "@/lib/messages";
import { focusRing, panel } from "../../../ui";
import { statusLabel, when } from "../../../words";

/** The other cases of the account that opened this one. */
export function OtherCasesPanel({ others, queue, i18n }: { others: CaseRow[]; queue: string; i18n: Translator }) {
  return (
    <section className={panel} aria-labelledby="others-title">
      <h2 id="others-title" className="text-lg font-bold">
        {i18n.t("desk.others.title")}
      </h2>
      <ul className="mt-2 divide-y divide-zinc-100 text-sm">
        {others.map((o) => (
          <li key={o.id} className="flex flex-wrap justify-between gap-x-3 py-2">
            <Link href={`/desk/cases/${o.id}${queue}`} className={`link break-all ${focusRing}`}>
              {caseLabel(o.number)} · {o.serial}
            </Link>
            <span>
              {statusLabel(i18n, o.status)} · {when(i18n, o.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
