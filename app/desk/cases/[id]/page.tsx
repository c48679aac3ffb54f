import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { queueFilterOf, queueNeighbours, queueQuery, slaMinutes } from "@/lib/cases/queue";
import { AGENT_ROLES, agents, caseById, caseOwnerOverview, caseHistory, caseLabel, caseOptionsFor, deskSettings } from "@/lib/cases/service";
import { now } from "@/lib/clock";
import { readFlash } from "@/lib/http/flash";
import type { CaseStatus } from "@/machines/support-case/definition";
import { NoticeBanner } from "@/components/notice-banner";
import { DeskShortcuts } from "../../shortcuts";
import { focusRing, panel } from "../../ui";
import { DecidePanel } from "./_panels/decide";
import { DevicePanel } from "./_panels/device";
import { OtherCasesPanel } from "./_panels/others";
import { PhotoPanel } from "./_panels/photo";
import { TalkPanel } from "./_panels/talk";
import { getTranslator } from "@/lib/i18n/request";
import { duration, statusLabel, when } from "../../words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("desk.case.metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeskCasePage({ params, searchParams }: Props) {
  const { id } = await params;
  // The queue the agent came from (its filter rides on the links), for Next case / Previous case.
  const { filter } = queueFilterOf(await searchParams);
  const queue = queueQuery(filter);
  const me = await requireUser(`/desk/cases/${id}`, AGENT_ROLES);
  const i18n = await getTranslator();
  const c = await caseById(id);
  if (!c) notFound();
  const [{ owner, others }, history, team, settings, flash, around, options] = await Promise.all([
    caseOwnerOverview(c.userId),
    caseHistory(c.id, "agent"),
    agents(),
    deskSettings(),
    readFlash("desk"),
    queueNeighbours(me.id, filter, c),
    caseOptionsFor(c, { id: me.id, role: "agent" }),
  ]);
  const notice = i18n.notice("desk", flash.notice);
  const device = c.device;
  const sla = slaMinutes(c, now());
  const status = c.status as CaseStatus;
  // The case machine says what this agent can do, so the page offers no button it would refuse.
  const open = options.can.has("CLAIM");
  const ownCase = c.userId === me.id;
  const firstApprover = options.refused.get("APPROVE") === "same_approver";
  const mayDecide = options.can.has("REJECT");
  const stepLink = (to: string | null, label: string, key: "j" | "k") =>
    to ? (
      <Link href={`/desk/cases/${to}${queue}`} className={`btn-secondary ${focusRing}`} data-shortcut={key} rel={key === "j" ? "next" : "prev"}>
        {label}
      </Link>
    ) : (
      <span className="inline-flex items-center rounded-md border border-zinc-200 px-3 py-2 text-sm text-zinc-500">{i18n.t("desk.case.none", { label })}</span>
    );
  return (
    <div className="space-y-4">
      <nav aria-label={i18n.t("desk.case.queueNav")} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Link href={`/desk${queue}`} className={`link ${focusRing}`}>
          {i18n.t("desk.case.back")}
        </Link>
        <span className="flex flex-wrap gap-2">
          {stepLink(around.previous, i18n.t("desk.case.previous"), "k")}
          {stepLink(around.next, i18n.t("desk.case.next"), "j")}
        </span>
        <DeskShortcuts
          words={{
            keys: i18n.t("desk.shortcuts.keys"),
            j: i18n.t("desk.shortcuts.j"),
            k: i18n.t("desk.shortcuts.k"),
            c: i18n.t("desk.shortcuts.c"),
            a: i18n.t("desk.shortcuts.a"),
            x: i18n.t("desk.shortcuts.x"),
          }}
        />
      </nav>
      {notice && (
        <NoticeBanner notice={notice} />
      )}
      <header className={panel}>
        <h1 id="desk-case-title" className="text-xl font-bold">
          {i18n.t("desk.case.title", { label: caseLabel(c.number), status: statusLabel(i18n, status) })}
        </h1>
        <p className="mt-1 text-sm text-zinc-600">
          {i18n.t("desk.case.opened", { when: when(i18n, c.createdAt), name: owner?.username ?? "", contact: owner?.email ?? owner?.phone ?? "" })} ·{" "}
          {sla.decided ? i18n.t("desk.case.firstDecisionAfter", { time: duration(i18n, sla.minutes) }) : i18n.t("desk.case.waiting", { time: duration(i18n, sla.minutes) })} ·{" "}
          {i18n.t("desk.case.assignedTo", { name: team.find((a) => a.id === c.assigneeId)?.username ?? i18n.t("desk.case.nobody") })}
          {settings.fourEyes && ` · ${i18n.t("desk.case.fourEyesOn")}`}
        </p>
      </header>

      {/* Wide screens: the scan and the decision on the left, the label photo beside them; narrow: stacked. */}
      <div className="grid gap-4 lg:grid-cols-[minmax(20rem,26rem)_minmax(0,1fr)] lg:items-start">
        <DevicePanel device={device} i18n={i18n} />

        <PhotoPanel c={c} device={device} i18n={i18n} />

        <DecidePanel c={c} queue={queue} me={me} status={status} open={open} ownCase={ownCase} firstApprover={firstApprover} mayDecide={mayDecide} can={options.can} team={team} flash={flash} i18n={i18n} />
      </div>

      <TalkPanel c={c} queue={queue} canAsk={options.can.has("ASK_CUSTOMER")} history={history} flash={flash} i18n={i18n} />

      <OtherCasesPanel others={others} queue={queue} i18n={i18n} />
    </div>
  );
}
