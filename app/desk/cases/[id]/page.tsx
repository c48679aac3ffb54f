import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { desc, eq } from "drizzle-orm";
import { LabelPhotoViewer } from "@/components/label-photo-viewer";
import { requireUser } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { supportCases, users } from "@/lib/db/schema";
import { formatMinutes, queueFilterOf, queueNeighbours, queueQuery, slaMinutes } from "@/lib/cases/queue";
import { AGENT_ROLES, agents, caseById, caseHistory, caseLabel, caseOptionsFor, deskSettings, rejectReasons, statusLabels } from "@/lib/cases/service";
import { now } from "@/lib/clock";
import { readFlash } from "@/lib/http/flash";
import type { CaseStatus } from "@/machines/support-case/definition";
import { caseDeskAction } from "../../actions";
import { utcMinute as when } from "@/lib/format";
import { NoticeBanner } from "@/components/notice-banner";
import { DeskShortcuts } from "../../shortcuts";
import { focusRing, panel } from "../../ui";

export const metadata: Metadata = { title: "Case · Support desk" };


const notices: Record<string, { ok: boolean; text: string }> = {
  done_CLAIM: { ok: true, text: "You are now working on this case." },
  done_ASSIGN: { ok: true, text: "The case was assigned." },
  done_APPROVE: { ok: true, text: "Approved." },
  done_REJECT: { ok: true, text: "Rejected. The customer was told why." },
  done_ASK_CUSTOMER: { ok: true, text: "The question was sent; the case waits for the customer." },
  done_CLOSE: { ok: true, text: "Closed." },
  done_NOTE: { ok: true, text: "Note added (agents only)." },
  done_MESSAGE: { ok: true, text: "Message sent to the customer." },
  stale: { ok: false, text: "The case changed while you were looking at it (another agent acted). Here it is as it is now; nothing was done." },
  not_allowed: { ok: false, text: "That is not possible for this case now." },
  not_found: { ok: false, text: "That case does not exist." },
  invalid: { ok: false, text: "Something was not right. Please check and try again." },
  own_case: { ok: false, text: "Not done: a case you opened for yourself is decided by another agent. The attempt is on the audit trail." },
  same_approver: { ok: false, text: "Not done: you gave the first approval, so a different agent must give the second. The attempt is on the audit trail." },
};

/** Shown instead of Approve and Reject to the agent who opened the case (the case machine refuses them too). */
const OWN_CASE_TEXT = "You opened this case: another agent must decide";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeskCasePage({ params, searchParams }: Props) {
  const { id } = await params;
  // The queue the agent came from (its filter rides on the links), for Next case / Previous case.
  const { filter } = queueFilterOf(await searchParams);
  const queue = queueQuery(filter);
  const me = await requireUser(`/desk/cases/${id}`, AGENT_ROLES);
  const c = await caseById(id);
  if (!c) notFound();
  const db = await getDb();
  const [[owner], others, history, team, settings, flash, around, options] = await Promise.all([
    db.select({ username: users.username, email: users.email, phone: users.phone }).from(users).where(eq(users.id, c.userId)),
    db.select().from(supportCases).where(eq(supportCases.userId, c.userId)).orderBy(desc(supportCases.createdAt)).limit(20),
    caseHistory(c.id, "agent"),
    agents(),
    deskSettings(),
    readFlash("desk"),
    queueNeighbours(me.id, filter, c),
    caseOptionsFor(c, { id: me.id, role: "agent" }),
  ]);
  const notice = flash.notice ? notices[flash.notice] : undefined;
  const device = c.device as { model: string; serial: string; ipv4: string; mac: string; firmware: string; activated: boolean; passwordResetAbility: boolean };
  const sla = slaMinutes(c, now());
  const status = c.status as CaseStatus;
  // The case machine says what this agent can do, so the page offers no button it would refuse.
  const open = options.can.has("CLAIM");
  const ownCase = c.userId === me.id;
  const firstApprover = options.refused.get("APPROVE") === "same_approver";
  const mayDecide = options.can.has("REJECT");
  const hidden = (
    <>
      <input type="hidden" name="caseId" value={c.id} />
      <input type="hidden" name="revision" value={c.revision} />
      {queue && <input type="hidden" name="queue" value={queue} />}
    </>
  );
  const stepLink = (to: string | null, label: string, key: "j" | "k") =>
    to ? (
      <Link href={`/desk/cases/${to}${queue}`} className={`btn-secondary ${focusRing}`} data-shortcut={key} rel={key === "j" ? "next" : "prev"}>
        {label}
      </Link>
    ) : (
      <span className="inline-flex items-center rounded-md border border-zinc-200 px-3 py-2 text-sm text-zinc-500">{label}: none</span>
    );
  return (
    <div className="space-y-4">
      <nav aria-label="Queue" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Link href={`/desk${queue}`} className={`link ${focusRing}`}>
          Back to the queue
        </Link>
        <span className="flex flex-wrap gap-2">
          {stepLink(around.previous, "Previous case", "k")}
          {stepLink(around.next, "Next case", "j")}
        </span>
        <DeskShortcuts />
      </nav>
      {notice && (
        <NoticeBanner notice={notice} />
      )}
      <header className={panel}>
        <h1 id="desk-case-title" className="text-xl font-bold">
          Case {caseLabel(c.number)} · {statusLabels[status]}
        </h1>
        <p className="mt-1 text-sm text-zinc-600">
          Opened {when(c.createdAt)} by {owner?.username} ({owner?.email ?? owner?.phone}) ·{" "}
          {sla.decided ? `first decision after ${formatMinutes(sla.minutes)}` : `waiting ${formatMinutes(sla.minutes)}`} · assigned to{" "}
          {team.find((a) => a.id === c.assigneeId)?.username ?? "nobody"}
          {settings.fourEyes && " · four-eyes approval on"}
        </p>
      </header>

      {/* Wide screens: the scan and the decision on the left, the label photo beside them; narrow: stacked. */}
      <div className="grid gap-4 lg:grid-cols-[minmax(20rem,26rem)_minmax(0,1fr)] lg:items-start">
        <section className={`${panel} lg:col-start-1 lg:row-start-1`} aria-labelledby="device-title" data-testid="device-panel">
          <h2 id="device-title" className="font-semibold">
            Device from the LAN scan
          </h2>
          <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
            <dt className="text-zinc-600">Model</dt>
            <dd className="break-words">{device.model}</dd>
            <dt className="text-zinc-600">Serial number</dt>
            <dd className="break-all font-mono text-lg font-semibold leading-6" data-testid="scanned-serial">
              {device.serial}
            </dd>
            <dt className="text-zinc-600">MAC</dt>
            <dd className="break-all font-mono">{device.mac}</dd>
            <dt className="text-zinc-600">Firmware</dt>
            <dd className="break-words">{device.firmware}</dd>
            <dt className="text-zinc-600">IP address</dt>
            <dd>{device.ipv4}</dd>
            <dt className="text-zinc-600">Activated</dt>
            <dd>{device.activated ? "Yes" : "No"}</dd>
            <dt className="text-zinc-600">Password reset</dt>
            <dd>{device.passwordResetAbility ? "Supported" : "Not supported"}</dd>
          </dl>
        </section>

        <section className={`${panel} lg:col-start-2 lg:row-span-2 lg:row-start-1`} aria-labelledby="photo-title" data-testid="photo-panel">
          <h2 id="photo-title" className="font-semibold">
            Label photo
          </h2>
          <p className="text-xs text-zinc-600">Compare the serial number on the label with the scan: {device.serial}</p>
          {c.photoBlurry ? <p className="text-xs font-medium text-amber-800">The upload check found this photo blurry.</p> : null}
          {c.photoId ? (
            <LabelPhotoViewer src={`/cases/${c.id}/photo`} alt={`Label photo for case ${caseLabel(c.number)}`} />
          ) : (
            <p className="mt-2 text-sm text-zinc-600">{c.photoDeletedAt ? `Deleted ${when(c.photoDeletedAt)} (retention).` : "No photo."}</p>
          )}
        </section>

      <section className={`${panel} lg:col-start-1 lg:row-start-2`} aria-labelledby="decide-title">
        <h2 id="decide-title" className="text-lg font-bold">
          Decide
        </h2>
        <div className="mt-3 flex flex-wrap gap-2">
          {open && c.assigneeId !== me.id && (
            <form action={caseDeskAction}>
              {hidden}
              <button type="submit" name="intent" value="CLAIM" className="btn-secondary" data-shortcut="c">
                Claim
              </button>
            </form>
          )}
          {options.can.has("APPROVE") && (
            <form action={caseDeskAction}>
              {hidden}
              <button type="submit" name="intent" value="APPROVE" className="btn-primary" data-shortcut="a">
                {status === "awaiting_second_approval" ? "Approve (second agent)" : "Approve"}
              </button>
            </form>
          )}
          {options.can.has("CLOSE") && (
            <form action={caseDeskAction}>
              {hidden}
              <button type="submit" name="intent" value="CLOSE" className="btn-secondary">
                Close case
              </button>
            </form>
          )}
        </div>
        {status === "new" && <p className="mt-2 text-xs text-zinc-600">Claim the case to review it; approving issues a reset code the customer sees. You never see the code.</p>}
        {open && ownCase && (
          <p className="mt-2 text-sm font-medium text-amber-800" role="note">
            {OWN_CASE_TEXT}
          </p>
        )}
        {!ownCase && firstApprover && <p className="mt-2 text-xs text-zinc-600">You approved first: a different agent must give the second approval.</p>}
        {!ownCase && !firstApprover && status === "awaiting_second_approval" && <p className="mt-2 text-xs text-zinc-600">Another agent approved first: a different agent must approve.</p>}
        {mayDecide && (
          <form action={caseDeskAction} className="mt-4 flex flex-col gap-2 border-t border-zinc-100 pt-4">
            {hidden}
            <label htmlFor="reject-reason" className="text-sm font-medium">
              Rejection reason
            </label>
            <select id="reject-reason" name="reason" className="input" defaultValue="" data-shortcut="x">
              <option value="" disabled>
                Choose a reason
              </option>
              {Object.entries(rejectReasons).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <label htmlFor="reject-text" className="text-sm font-medium">
              Details for the customer (required for Other)
            </label>
            <textarea id="reject-text" name="text" rows={2} maxLength={4000} className="input" />
            {flash.errors?.REJECT && <p className="text-sm text-red-700">{flash.errors.REJECT}</p>}
            <button type="submit" name="intent" value="REJECT" className="btn-secondary self-start">
              Reject
            </button>
          </form>
        )}
        {open && (
          <form action={caseDeskAction} className="mt-4 flex flex-wrap items-end gap-2 border-t border-zinc-100 pt-4">
            {hidden}
            <div>
              <label htmlFor="assign-agent" className="block text-sm font-medium">
                Assign to
              </label>
              <select id="assign-agent" name="agentId" className="input mt-1" defaultValue={c.assigneeId ?? ""}>
                {team.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.username}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" name="intent" value="ASSIGN" className="btn-secondary">
              Assign
            </button>
          </form>
        )}
      </section>
      </div>

      <section className={panel} aria-labelledby="talk-title">
        <h2 id="talk-title" className="text-lg font-bold">
          Notes and messages
        </h2>
        {c.status !== "closed" && (
          <form action={caseDeskAction} className="mt-3 flex flex-col gap-2">
            {hidden}
            <label htmlFor="desk-text" className="text-sm font-medium">
              Text
            </label>
            <textarea id="desk-text" name="text" rows={3} maxLength={4000} className="input" />
            {(flash.errors?.NOTE || flash.errors?.MESSAGE || flash.errors?.ASK_CUSTOMER) && (
              <p className="text-sm text-red-700">{flash.errors?.NOTE ?? flash.errors?.MESSAGE ?? flash.errors?.ASK_CUSTOMER}</p>
            )}
            <div className="flex flex-wrap gap-2">
              <button type="submit" name="intent" value="NOTE" className="btn-secondary">
                Add internal note
              </button>
              <button type="submit" name="intent" value="MESSAGE" className="btn-secondary">
                Message the customer
              </button>
              {options.can.has("ASK_CUSTOMER") && (
                <button type="submit" name="intent" value="ASK_CUSTOMER" className="btn-secondary">
                  Ask the customer and wait
                </button>
              )}
            </div>
          </form>
        )}
        <h3 className="mt-5 font-semibold">Audit trail</h3>
        <ol className="mt-2 space-y-2 text-sm" aria-label="Audit trail">
          {history.map((e) => (
            <li key={e.id} className={e.visibility === "internal" && (e.type === "note") ? "rounded bg-amber-50 p-2" : ""}>
              <p>
                <span className="font-medium">{e.type.replace(/_/g, " ")}</span>{" "}
                <span className="text-xs text-zinc-600">
                  by {e.actorName ?? e.actorRole} · {when(e.createdAt)} · {e.visibility === "internal" ? "internal" : "customer sees it"}
                </span>
              </p>
              {e.body && <p className="whitespace-pre-wrap text-zinc-700">{e.body}</p>}
            </li>
          ))}
        </ol>
      </section>

      <section className={panel} aria-labelledby="others-title">
        <h2 id="others-title" className="text-lg font-bold">
          This account&apos;s cases
        </h2>
        <ul className="mt-2 divide-y divide-zinc-100 text-sm">
          {others.map((o) => (
            <li key={o.id} className="flex flex-wrap justify-between gap-x-3 py-2">
              <Link href={`/desk/cases/${o.id}${queue}`} className={`link break-all ${focusRing}`}>
                {caseLabel(o.number)} · {o.serial}
              </Link>
              <span>
                {statusLabels[o.status as CaseStatus]} · {when(o.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
