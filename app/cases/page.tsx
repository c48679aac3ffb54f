import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { caseLabel, casesOfUser, statusLabels } from "@/lib/cases/service";
import type { CaseStatus } from "@/machines/support-case/definition";
import { utcMinute as when } from "@/lib/format";

export const metadata: Metadata = { title: "Case" };


export default async function CasesPage() {
  const me = await requireUser("/cases");
  const cases = await casesOfUser(me.id);
  return (
    <section className="card" aria-labelledby="cases-title">
      <div className="flex items-center justify-between gap-3">
        <h1 id="cases-title" className="text-xl font-bold">
          Case
        </h1>
        <Link href="/tools/cases/new" className="btn-secondary">
          New Case
        </Link>
      </div>
      {cases.length === 0 ? (
        <p className="mt-4 text-sm text-zinc-700">You have no support cases.</p>
      ) : (
        <ul className="mt-4 divide-y divide-zinc-100">
          {cases.map((c) => {
            const d = c.device;
            return (
              <li key={c.id} className="flex items-center justify-between gap-3 py-3 text-sm">
                <div>
                  <Link href={`/cases/${c.id}`} className="link font-medium">
                    {caseLabel(c.number)} · Reset Password
                  </Link>
                  <p className="text-xs text-zinc-600">
                    {d.model} · serial {c.serial} · opened {when(c.createdAt)}
                  </p>
                </div>
                <span className="rounded bg-zinc-100 px-2 py-0.5 text-xs font-medium">{statusLabels[c.status as CaseStatus]}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
