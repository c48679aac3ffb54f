import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { listFinishedDeletions, listPendingDeletions } from "@/lib/accounts/deletion";
import { getTranslator } from "@/lib/i18n/request";
import { when } from "@/app/desk/words";
import { Card } from "@/components/card";
import { TableHead } from "@/components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("desk.admin.deletions.title") };
}

/** Admins see the deletions waiting for their grace period to end, and any run that failed (it is retried). */
export default async function DeletionsPage() {
  await requireUser("/admin/deletions", ["admin"]);
  const i18n = await getTranslator();
  const [pending, finished] = await Promise.all([listPendingDeletions(), listFinishedDeletions()]);
  return (
    <Card id="deletions-title" title={i18n.t("desk.admin.deletions.title")} level={1} className="max-w-3xl">
      <p className="mt-1 text-sm text-zinc-600">
        {i18n.t("desk.admin.deletions.intro")}
      </p>
      <h2 className="mt-5 font-semibold">{i18n.t("desk.admin.deletions.pending")}</h2>
      {pending.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-700">{i18n.t("desk.admin.deletions.noPending")}</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <TableHead
            className="text-xs text-zinc-600"
            cellClassName="py-1 pr-2"
            columns={[
              { label: i18n.t("desk.admin.deletions.username") },
              { label: i18n.t("desk.admin.deletions.email") },
              { label: i18n.t("desk.admin.deletions.asked") },
              { label: i18n.t("desk.admin.deletions.deletedOn") },
              { label: i18n.t("desk.admin.deletions.runs"), className: "py-1" },
            ]}
          />
          <tbody className="divide-y divide-zinc-100">
            {pending.map((d) => (
              <tr key={d.id}>
                <td className="py-2 pr-2 font-medium">{d.username}</td>
                <td className="py-2 pr-2">{d.email ?? "—"}</td>
                <td className="py-2 pr-2">{when(i18n, d.requestedAt)}</td>
                <td className="py-2 pr-2">{when(i18n, d.dueAt)}</td>
                <td className="py-2">
                  {d.attempts}
                  {d.lastError && <span className="block text-xs text-red-700">{i18n.t("desk.admin.deletions.failed", { error: d.lastError })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="mt-6 font-semibold">{i18n.t("desk.admin.deletions.recent")}</h2>
      {finished.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-700">{i18n.t("desk.admin.deletions.noneYet")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-zinc-100 text-sm">
          {finished.map((d) => (
            <li key={d.id} className="py-2">
              <span className="font-mono">{d.pseudonym}</span> · {i18n.t("desk.admin.deletions.finished", { deleted: when(i18n, d.completedAt!), asked: when(i18n, d.requestedAt) })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
