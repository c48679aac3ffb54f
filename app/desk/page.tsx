import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { formatMinutes, listQueue, slaMinutes, type QueueFilter } from "@/lib/cases/queue";
import { AGENT_ROLES, caseLabel, statusLabels } from "@/lib/cases/service";
import { now } from "@/lib/clock";
import { caseStatuses, type CaseStatus } from "@/machines/support-case/definition";
import { CONTROL_CHARACTERS, hasControlCharacters } from "@/lib/validation/plain-text";
import { claimAction } from "./actions";

export const metadata: Metadata = { title: "Support desk" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function DeskPage({ searchParams }: Props) {
  const me = await requireUser("/desk", AGENT_ROLES);
  const sp = await searchParams;
  // A repeated parameter arrives as a list; a search with control characters is not run.
  const typed = typeof sp.q === "string" ? sp.q.slice(0, 100) : undefined;
  const badSearch = typed !== undefined && hasControlCharacters(typed);
  const filter: QueueFilter = {
    status: sp.status === "all" ? "all" : (caseStatuses as string[]).includes(sp.status ?? "") ? (sp.status as CaseStatus) : "open",
    assigned: sp.assigned === "me" || sp.assigned === "none" ? sp.assigned : undefined,
    q: badSearch ? undefined : typed,
    sort: sp.sort === "newest" ? "newest" : "oldest",
    after: typeof sp.after === "string" ? sp.after : undefined,
  };
  const { rows, next } = await listQueue(me.id, filter);
  const at = now();
  const keep = (extra: Record<string, string>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ status: sp.status, assigned: sp.assigned, q: filter.q, sort: sp.sort, ...extra })) if (typeof v === "string" && v) p.set(k, v);
    return `/desk?${p}`;
  };
  return (
    <section aria-labelledby="desk-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="desk-title" className="text-xl font-bold">
          Support desk
        </h1>
        {me.role === "admin" && (
          <Link href="/desk/settings" className="link text-sm">
            Desk settings
          </Link>
        )}
      </div>
      <form method="get" className="card flex flex-wrap items-end gap-3 text-sm" role="search" aria-label="Filter cases">
        <div>
          <label htmlFor="q" className="block font-medium">
            Search
          </label>
          <input
            id="q"
            name="q"
            defaultValue={filter.q}
            placeholder="Case number, serial or email"
            aria-invalid={badSearch || undefined}
            aria-describedby={badSearch ? "q-error" : undefined}
            className="input mt-1 w-64"
          />
          {badSearch && (
            <p id="q-error" className="mt-1 text-red-700">
              {CONTROL_CHARACTERS.message}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="status" className="block font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={sp.status ?? "open"} className="input mt-1">
            <option value="open">Open (not decided)</option>
            <option value="all">All</option>
            {caseStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="assigned" className="block font-medium">
            Assigned
          </label>
          <select id="assigned" name="assigned" defaultValue={sp.assigned ?? ""} className="input mt-1">
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">Nobody</option>
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="block font-medium">
            Order
          </label>
          <select id="sort" name="sort" defaultValue={sp.sort ?? "oldest"} className="input mt-1">
            <option value="oldest">Waiting longest first</option>
            <option value="newest">Newest first</option>
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Apply
        </button>
      </form>
      <div className="card overflow-x-auto p-0">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Cases</caption>
          <thead className="bg-zinc-50 text-xs uppercase text-zinc-600">
            <tr>
              <th scope="col" className="px-3 py-2">Case</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Serial</th>
              <th scope="col" className="px-3 py-2">Customer</th>
              <th scope="col" className="px-3 py-2">Time to first decision</th>
              <th scope="col" className="px-3 py-2">Assignee</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="px-3 py-6 text-center text-zinc-600">
                  No cases match.
                </td>
              </tr>
            )}
            {rows.map((r) => {
              const sla = slaMinutes(r, at);
              return (
                <tr key={r.id}>
                  <td className="px-3 py-2">
                    <Link href={`/desk/cases/${r.id}`} className="link font-medium">
                      {caseLabel(r.number)}
                    </Link>
                    {r.photoBlurry ? <span className="ml-1 text-xs text-amber-700">blurry photo</span> : null}
                  </td>
                  <td className="px-3 py-2">{statusLabels[r.status as CaseStatus]}</td>
                  <td className="px-3 py-2 font-mono text-xs">{r.serial}</td>
                  <td className="px-3 py-2">{r.userEmail ?? "—"}</td>
                  <td className={`px-3 py-2 ${!sla.decided && sla.minutes > 24 * 60 ? "font-semibold text-red-700" : ""}`}>
                    {sla.decided ? `decided in ${formatMinutes(sla.minutes)}` : `waiting ${formatMinutes(sla.minutes)}`}
                  </td>
                  <td className="px-3 py-2">
                    {r.assignee ?? (
                      <form action={claimAction}>
                        <input type="hidden" name="caseId" value={r.id} />
                        <input type="hidden" name="back" value={keep({})} />
                        <button type="submit" className="link" aria-label={`Claim ${caseLabel(r.number)}`}>
                          Claim
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {sp.after && (
          <Link href={keep({})} className="link">
            First page
          </Link>
        )}
        {next && (
          <Link href={keep({ after: next })} className="link">
            Next page
          </Link>
        )}
      </nav>
    </section>
  );
}
