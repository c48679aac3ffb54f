import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { draftOf, EDITOR_ROLES, funnel, history, studioFlows } from "@/lib/studio/service";
import { flowTitle } from "@/lib/studio/words";
import { getTranslator } from "@/lib/i18n/request";
import { when } from "@/app/desk/words";
import { panel } from "./[flow]/_panels/panel";
import { TableHead } from "@/components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("studio.list.title") };
}

/** Every flow by the name people know it by, across the page: a table on wide screens, a card per flow on narrow ones. */
export default async function StudioPage() {
  await requireUser("/studio", EDITOR_ROLES);
  const i18n = await getTranslator();
  const rows = await Promise.all(
    studioFlows().map(async (flow) => ({ flow, versions: await history(flow), draft: await draftOf(flow), funnel: await funnel(flow) })),
  );
  return (
    <section className={panel} aria-labelledby="studio-title">
      <h1 id="studio-title" className="text-xl font-bold">
        {i18n.t("studio.list.title")}
      </h1>
      <p className="mt-1 text-sm text-zinc-600">{i18n.t("studio.list.intro")}</p>
      <table className="table-cards mt-4 w-full text-left text-sm">
        <caption className="sr-only">{i18n.t("studio.list.caption")}</caption>
        <TableHead
          className="text-xs uppercase text-zinc-600"
          cellClassName="py-2 pr-3"
          columns={[
            { label: i18n.t("studio.list.flow") },
            { label: i18n.t("studio.list.published") },
            { label: i18n.t("studio.list.draft") },
            { label: i18n.t("studio.list.started"), className: "py-2 pr-3 text-right" },
            { label: i18n.t("studio.list.completed"), className: "py-2 pr-3 text-right" },
            { label: i18n.t("studio.list.rate"), className: "py-2 text-right" },
          ]}
        />
        <tbody className="divide-y divide-zinc-100">
          {rows.map((r) => {
            const latest = r.versions[0];
            const rate = r.funnel.started ? i18n.t("studio.list.percent", { percent: Math.round((100 * r.funnel.completed) / r.funnel.started) }) : "—";
            return (
              <tr key={r.flow}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link href={`/studio/${r.flow}`} className="link font-medium">
                    {flowTitle(r.flow, i18n)}
                  </Link>
                </th>
                <td data-label={i18n.t("studio.list.published")} className="py-2 pr-3 text-zinc-700">
                  {latest ? i18n.t("studio.list.publishedBy", { version: latest.version, author: latest.author ?? "?", when: when(i18n, latest.createdAt) }) : "—"}
                </td>
                <td data-label={i18n.t("studio.list.draft")} className="py-2 pr-3 text-zinc-700">
                  {r.draft ? i18n.t("studio.list.draftBy", { name: r.draft.updatedBy, when: when(i18n, r.draft.updatedAt) }) : i18n.t("studio.list.none")}
                </td>
                <td data-label={i18n.t("studio.list.started")} className="py-2 pr-3 text-right">
                  {i18n.number(r.funnel.started)}
                </td>
                <td data-label={i18n.t("studio.list.completed")} className="py-2 pr-3 text-right">
                  {i18n.number(r.funnel.completed)}
                </td>
                <td data-label={i18n.t("studio.list.rate")} className="py-2 text-right">
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
