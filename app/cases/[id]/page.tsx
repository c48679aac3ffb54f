import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { caseForOwner, caseHistory, caseLabel, resetCodeFor, type RejectReason } from "@/lib/cases/service";
import { readFlash } from "@/lib/http/flash";
import type { CaseStatus } from "@/machines/support-case/definition";
import { CaseHistoryPanel } from "./_panels/history";
import { ResetCodePanel } from "./_panels/reset-code";
import { getTranslator } from "@/lib/i18n/request";
import { utcTime } from "@/lib/i18n/words";
import { NoticeBanner } from "@/components/notice-banner";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.cases.title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function CasePage({ params, searchParams }: Props) {
  const { id } = await params;
  const me = await requireUser(`/cases/${id}`);
  // Another account's case (or a guessed id) is simply not there.
  const c = await caseForOwner(me.id, id);
  if (!c) notFound();
  const sp = await searchParams;
  const flash = await readFlash("case");
  const i18n = await getTranslator();
  const t = i18n.t;
  const notice = i18n.notice("case", flash.notice);
  const history = await caseHistory(c.id, "customer");
  const code = resetCodeFor(c);
  const device = c.device;
  const open = c.status !== "closed" && c.status !== "rejected";
  return (
    <div className="space-y-6">
      {sp.submitted && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          {t("notices.case.submitted", { label: caseLabel(c.number) })}
        </p>
      )}
      {notice && (
        <NoticeBanner notice={notice} />
      )}
      <section className="card" aria-labelledby="case-title">
        <h1 id="case-title" className="text-xl font-bold">
          {t("account.cases.caseTitle", { label: caseLabel(c.number) })}
        </h1>
        <p className="mt-1 text-sm">
          {t("account.cases.status")} <span className="font-semibold">{t(`account.caseStatus.${c.status as CaseStatus}`)}</span>
        </p>
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-zinc-600">{t("account.cases.request")}</dt>
          <dd>{t("account.cases.requestValue")}</dd>
          <dt className="text-zinc-600">{t("account.cases.device")}</dt>
          <dd>{device.model}</dd>
          <dt className="text-zinc-600">{t("account.common.serialNumber")}</dt>
          <dd>{device.serial}</dd>
          <dt className="text-zinc-600">{t("account.cases.address")}</dt>
          <dd>
            {device.ipv4} · MAC {device.mac}
          </dd>
          <dt className="text-zinc-600">{t("account.cases.opened")}</dt>
          <dd>{utcTime(i18n, c.createdAt)}</dd>
        </dl>
        {c.photoId && (
          // eslint-disable-next-line @next/next/no-img-element -- served by a route that checks who asks
          <img src={`/cases/${c.id}/photo`} alt={t("account.cases.photoAlt")} className="mt-4 max-h-64 rounded border border-zinc-200" />
        )}
        {c.photoDeletedAt && <p className="mt-3 text-xs text-zinc-600">{t("account.cases.photoDeleted")}</p>}
      </section>

      {c.status === "rejected" && (
        <Card id="rejected-title" title={t("account.cases.rejectedTitle")}>
          <p className="mt-2 text-sm">{c.rejectReason === "other" ? c.rejectText : t(`account.rejectReasons.${(c.rejectReason ?? "other") as RejectReason}`)}</p>
          <Link href="/tools/cases/new/reset" className="btn-primary mt-4">
            {t("account.cases.openNew")}
          </Link>
        </Card>
      )}

      {code && <ResetCodePanel i18n={i18n} c={c} code={code} flash={flash} />}

      <CaseHistoryPanel i18n={i18n} c={c} history={history} open={open} flash={flash} />
    </div>
  );
}
