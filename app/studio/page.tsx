import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { draftOf, EDITOR_ROLES, funnel, history, studioFlows } from "@/lib/studio/service";
import { flowTitle } from "@/lib/studio/words";
import { utcMinute as when } from "@/lib/format";
import { panel } from "./[flow]/_panels/panel";

export const metadata: Metadata = { title: "Flow studio" };

/** Every flow by the name people know it by, across the page: a table on wide screens, a card per flow on narrow ones. */
export default async function StudioPage() {
  await requireUser("/studio", EDITOR_ROLES);
  const rows = await Promise.all(
    studioFlows().map(async (flow) => ({ flow, versions: await history(flow), draft: await draftOf(flow), funnel: await funnel(flow) })),
  );
  return (
    <section className={panel} aria-labelledby="studio-title">
      <h1 id="studio-title" className="text-xl font-bold">
        Flow studio
      </h1>
      <p className="mt-1 text-sm text-zinc-600">Every flow, its published version, drafts, and how many people finished it in the last 7 days.</p>
      <table className="table-cards mt-4 w-full text-left text-sm">
        <caption className="sr-only">Flows</caption>
        <thead className="text-xs uppercase text-zinc-600">
          <tr>
            <th scope="col" className="py-2 pr-3">Flow</th>
            <th scope="col" className="py-2 pr-3">Published</th>
            <th scope="col" className="py-2 pr-3">Draft</th>
            <th scope="col" className="py-2 pr-3 text-right">Started</th>
            <th scope="col" className="py-2 pr-3 text-right">Completed</th>
            <th scope="col" className="py-2 text-right">Rate</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((r) => {
            const latest = r.versions[0];
            const rate = r.funnel.started ? `${Math.round((100 * r.funnel.completed) / r.funnel.started)}%` : "—";
            return (
              <tr key={r.flow}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link href={`/studio/${r.flow}`} className="link font-medium">
                    {flowTitle(r.flow)}
                  </Link>
                </th>
                <td data-label="Published" className="py-2 pr-3 text-zinc-700">
                  {latest ? `v${latest.version} by ${latest.author ?? "?"}, ${when(latest.createdAt)}` : "—"}
                </td>
                <td data-label="Draft" className="py-2 pr-3 text-zinc-700">
                  {r.draft ? `edited by ${r.draft.updatedBy}, ${when(r.draft.updatedAt)}` : "none"}
                </td>
                <td data-label="Started" className="py-2 pr-3 text-right">
                  {r.funnel.started}
                </td>
                <td data-label="Completed" className="py-2 pr-3 text-right">
                  {r.funnel.completed}
                </td>
                <td data-label="Rate" className="py-2 text-right">
                  {rate}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
