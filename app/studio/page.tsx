import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { draftOf, EDITOR_ROLES, funnel, history, studioFlows } from "@/lib/studio/service";
import { utcMinute as when } from "@/lib/format";

export const metadata: Metadata = { title: "Flow studio" };


export default async function StudioPage() {
  await requireUser("/studio", EDITOR_ROLES);
  const rows = await Promise.all(
    studioFlows().map(async (flow) => ({ flow, versions: await history(flow), draft: await draftOf(flow), funnel: await funnel(flow) })),
  );
  return (
    <section className="card" aria-labelledby="studio-title">
      <h1 id="studio-title" className="text-xl font-bold">
        Flow studio
      </h1>
      <p className="mt-1 text-sm text-zinc-600">Every flow, its published version, drafts, and how many people finished it in the last 7 days.</p>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">Flows</caption>
        <thead className="text-xs uppercase text-zinc-600">
          <tr>
            <th scope="col" className="py-2">Flow</th>
            <th scope="col" className="py-2">Published</th>
            <th scope="col" className="py-2">Draft</th>
            <th scope="col" className="py-2">Started</th>
            <th scope="col" className="py-2">Completed</th>
            <th scope="col" className="py-2">Rate</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((r) => {
            const latest = r.versions[0];
            return (
              <tr key={r.flow}>
                <td className="py-2">
                  <Link href={`/studio/${r.flow}`} className="link font-medium">
                    {r.flow}
                  </Link>
                </td>
                <td className="py-2">
                  {latest ? `v${latest.version} by ${latest.author ?? "?"}, ${when(latest.createdAt)}` : "—"}
                </td>
                <td className="py-2">{r.draft ? `edited by ${r.draft.updatedBy}, ${when(r.draft.updatedAt)}` : "none"}</td>
                <td className="py-2">{r.funnel.started}</td>
                <td className="py-2">{r.funnel.completed}</td>
                <td className="py-2">{r.funnel.started ? `${Math.round((100 * r.funnel.completed) / r.funnel.started)}%` : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
