import Link from "next/link";
import { caseLabel, statusLabels, type CaseRow } from "@/lib/cases/service";
import { utcMinute as when } from "@/lib/format";
import type { CaseStatus } from "@/machines/support-case/definition";
import { focusRing, panel } from "../../../ui";

/** The other cases of the account that opened this one. */
export function OtherCasesPanel({ others, queue }: { others: CaseRow[]; queue: string }) {
  return (
    <section className={panel} aria-labelledby="others-title">
      <h2 id="others-title" className="text-lg font-bold">
        This account&apos;s cases
      </h2>
      <ul className="mt-2 divide-y divide-zinc-100 text-sm">
        {others.map((o) => (
          <li key={o.id} className="flex flex-wrap justify-between gap-x-3 py-2">
            <Link href={`/desk/cases/${o.id}${queue}`} className={`link break-all ${focusRing}`}>
              {caseLabel(o.number)} · {o.serial}
            </Link>
            <span>
              {statusLabels[o.status as CaseStatus]} · {when(o.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
