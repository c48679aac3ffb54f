import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { listFinishedDeletions, listPendingDeletions } from "@/lib/accounts/deletion";
import { utcMinute as when } from "@/lib/format";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Account deletions" };

/** Admins see the deletions waiting for their grace period to end, and any run that failed (it is retried). */
export default async function DeletionsPage() {
  await requireUser("/admin/deletions", ["admin"]);
  const [pending, finished] = await Promise.all([listPendingDeletions(), listFinishedDeletions()]);
  return (
    <Card id="deletions-title" title="Account deletions" level={1} className="max-w-3xl">
      <p className="mt-1 text-sm text-zinc-600">
        Accounts whose owners asked for deletion. Signing in before the date cancels it; after it, the account is erased in one step and a
        failed run is retried.
      </p>
      <h2 className="mt-5 font-semibold">Pending deletions</h2>
      {pending.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-700">No pending deletions.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <thead className="text-xs text-zinc-600">
            <tr>
              <th scope="col" className="py-1 pr-2">User Name</th>
              <th scope="col" className="py-1 pr-2">Email</th>
              <th scope="col" className="py-1 pr-2">Asked</th>
              <th scope="col" className="py-1 pr-2">Deleted on</th>
              <th scope="col" className="py-1">Runs</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {pending.map((d) => (
              <tr key={d.id}>
                <td className="py-2 pr-2 font-medium">{d.username}</td>
                <td className="py-2 pr-2">{d.email ?? "—"}</td>
                <td className="py-2 pr-2">{when(d.requestedAt)}</td>
                <td className="py-2 pr-2">{when(d.dueAt)}</td>
                <td className="py-2">
                  {d.attempts}
                  {d.lastError && <span className="block text-xs text-red-700">Failed, will be retried: {d.lastError}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="mt-6 font-semibold">Recently deleted</h2>
      {finished.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-700">None yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-zinc-100 text-sm">
          {finished.map((d) => (
            <li key={d.id} className="py-2">
              <span className="font-mono">{d.pseudonym}</span> · deleted {when(d.completedAt!)} · asked {when(d.requestedAt)}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
