import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { listQueue, queueFilterOf, queueQuery } from "@/lib/cases/queue";
import { AGENT_ROLES } from "@/lib/cases/service";
import { now } from "@/lib/clock";
import { QueueFilterForm } from "./_queue/filter-form";
import { QueueList } from "./_queue/queue-list";
import { focusRing, panel } from "./ui";

export const metadata: Metadata = { title: "Support desk" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeskPage({ searchParams }: Props) {
  const me = await requireUser("/desk", AGENT_ROLES);
  const sp = await searchParams;
  const { filter, badSearch } = queueFilterOf(sp);
  const { rows, next } = await listQueue(me.id, filter);
  const at = now();
  const here = `/desk${queueQuery(filter, filter.after ? { after: filter.after } : {})}`;
  return (
    <section aria-labelledby="desk-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="desk-title" className="text-xl font-bold">
          Support desk
        </h1>
        {me.role === "admin" && (
          <Link href="/desk/settings" className={`link text-sm ${focusRing}`}>
            Desk settings
          </Link>
        )}
      </div>
      <QueueFilterForm filter={filter} badSearch={badSearch} />

      {rows.length === 0 && <p className={`${panel} text-center text-sm text-zinc-600`}>No cases match.</p>}

      <QueueList rows={rows} filter={filter} here={here} at={at} />

      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {filter.after && (
          <Link href={`/desk${queueQuery(filter)}`} className={`link ${focusRing}`}>
            First page
          </Link>
        )}
        {next && (
          <Link href={`/desk${queueQuery(filter, { after: next })}`} className={`link ${focusRing}`}>
            Next page
          </Link>
        )}
      </nav>
    </section>
  );
}
