import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { listQueue, queueFilterOf, queueQuery } from "@/lib/cases/queue";
import { AGENT_ROLES } from "@/lib/cases/service";
import { now } from "@/lib/clock";
import { QueueFilterForm } from "./_queue/filter-form";
import { QueueList } from "./_queue/queue-list";
import { focusRing, panel } from "./ui";
import { getTranslator } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("desk.queue.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeskPage({ searchParams }: Props) {
  const me = await requireUser("/desk", AGENT_ROLES);
  const i18n = await getTranslator();
  const sp = await searchParams;
  const { filter, badSearch } = queueFilterOf(sp);
  const { rows, next } = await listQueue(me.id, filter);
  const at = now();
  const here = `/desk${queueQuery(filter, filter.after ? { after: filter.after } : {})}`;
  return (
    <section aria-labelledby="desk-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="desk-title" className="text-xl font-bold">
          {i18n.t("desk.queue.title")}
        </h1>
        {me.role === "admin" && (
          <Link href="/desk/settings" className={`link text-sm ${focusRing}`}>
            {i18n.t("desk.queue.settingsLink")}
          </Link>
        )}
      </div>
      <QueueFilterForm filter={filter} badSearch={badSearch} i18n={i18n} />

      {rows.length === 0 && <p className={`${panel} text-center text-sm text-zinc-600`}>{i18n.t("desk.queue.noCases")}</p>}

      <QueueList rows={rows} filter={filter} here={here} at={at} i18n={i18n} />

      <nav aria-label={i18n.t("desk.queue.pages")} className="flex gap-3 text-sm">
        {filter.after && (
          <Link href={`/desk${queueQuery(filter)}`} className={`link ${focusRing}`}>
            {i18n.t("desk.queue.firstPage")}
          </Link>
        )}
        {next && (
          <Link href={`/desk${queueQuery(filter, { after: next })}`} className={`link ${focusRing}`}>
            {i18n.t("desk.queue.nextPage")}
          </Link>
        )}
      </nav>
    </section>
  );
}
