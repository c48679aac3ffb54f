import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { caseLabel, casesOfUser } from "@/lib/cases/service";
import type { CaseStatus } from "@/machines/support-case/definition";
import { getTranslator } from "@/lib/i18n/request";
import { utcTime } from "@/lib/i18n/words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.cases.title") };
}

export default async function CasesPage() {
  const me = await requireUser("/cases");
  const [cases, i18n] = await Promise.all([casesOfUser(me.id), getTranslator()]);
  return (
    <section className="card" aria-labelledby="cases-title">
      <div className="flex items-center justify-between gap-3">
        <h1 id="cases-title" className="text-xl font-bold">
          {i18n.t("account.cases.title")}
        </h1>
        <Link href="/tools/cases/new" className="btn-secondary">
          {i18n.t("account.cases.newCase")}
        </Link>
      </div>
      {cases.length === 0 ? (
        <p className="mt-4 text-sm text-zinc-700">{i18n.t("account.cases.empty")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-zinc-100">
          {cases.map((c) => {
            const d = c.device;
            return (
              <li key={c.id} className="flex items-center justify-between gap-3 py-3 text-sm">
                <div>
                  <Link href={`/cases/${c.id}`} className="link font-medium">
                    {i18n.t("account.cases.item", { label: caseLabel(c.number) })}
                  </Link>
                  <p className="text-xs text-zinc-600">
                    {i18n.t("account.cases.itemDetails", { model: d.model, serial: c.serial, opened: utcTime(i18n, c.createdAt) })}
                  </p>
                </div>
                <span className="rounded bg-zinc-100 px-2 py-0.5 text-xs font-medium">{i18n.t(`account.caseStatus.${c.status as CaseStatus}`)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
