import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyButton } from "@/components/copy-button";
import { requireUser } from "@/lib/auth/guard";
import { caseForOwner, caseHistory, caseLabel, rejectReasons, resetCodeFor, statusLabels, type RejectReason } from "@/lib/cases/service";
import { readFlash } from "@/lib/http/flash";
import type { CaseStatus } from "@/machines/support-case/definition";
import { replyAction, resetDeviceAction } from "./actions";
import { utcMinute as when } from "@/lib/format";
import { NoticeBanner } from "@/components/notice-banner";
import { noticeOf } from "@/lib/messages";

export const metadata: Metadata = { title: "Case" };



const eventText: Record<string, string> = {
  created: "Case submitted",
  approve: "Approved: reset code issued",
  reject: "Rejected",
  ask_customer: "Support asked a question",
  message: "Message from support",
  reply: "Your reply",
  reset_applied: "New password applied to the device",
  reset_refused: "The device refused the reset",
  close: "Closed",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function CasePage({ params, searchParams }: Props) {
  const { id } = await params;
  const me = await requireUser(`/cases/${id}`);
  // Another account's case (or a guessed id) is simply not there.
  const c = await caseForOwner(me.id, id);
  if (!c) notFound();
  const sp = await searchParams;
  const flash = await readFlash("case");
  const notice = noticeOf("case", flash.notice);
  const history = await caseHistory(c.id, "customer");
  const code = resetCodeFor(c);
  const device = c.device as { model: string; serial: string; ipv4: string; mac: string };
  const open = c.status !== "closed" && c.status !== "rejected";
  return (
    <div className="space-y-6">
      {sp.submitted && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Case {caseLabel(c.number)} was submitted. We will tell you here, by email and in your notifications when support has reviewed it.
        </p>
      )}
      {notice && (
        <NoticeBanner notice={notice} />
      )}
      <section className="card" aria-labelledby="case-title">
        <h1 id="case-title" className="text-xl font-bold">
          Case {caseLabel(c.number)}
        </h1>
        <p className="mt-1 text-sm">
          Status: <span className="font-semibold">{statusLabels[c.status as CaseStatus]}</span>
        </p>
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-zinc-600">Request</dt>
          <dd>Reset Password · Device on LAN (SADP)</dd>
          <dt className="text-zinc-600">Device</dt>
          <dd>{device.model}</dd>
          <dt className="text-zinc-600">Serial number</dt>
          <dd>{device.serial}</dd>
          <dt className="text-zinc-600">Address</dt>
          <dd>
            {device.ipv4} · MAC {device.mac}
          </dd>
          <dt className="text-zinc-600">Opened</dt>
          <dd>{when(c.createdAt)}</dd>
        </dl>
        {c.photoId && (
          // eslint-disable-next-line @next/next/no-img-element -- served by a route that checks who asks
          <img src={`/cases/${c.id}/photo`} alt="Your photo of the device label" className="mt-4 max-h-64 rounded border border-zinc-200" />
        )}
        {c.photoDeletedAt && <p className="mt-3 text-xs text-zinc-600">The label photo was deleted after the case closed.</p>}
      </section>

      {c.status === "rejected" && (
        <section className="card" aria-labelledby="rejected-title">
          <h2 id="rejected-title" className="text-lg font-bold">
            Why the case was rejected
          </h2>
          <p className="mt-2 text-sm">{c.rejectReason === "other" ? c.rejectText : rejectReasons[(c.rejectReason ?? "other") as RejectReason]}</p>
          <Link href="/tools/cases/new/reset" className="btn-primary mt-4">
            Open a new case
          </Link>
        </section>
      )}

      {code && (
        <section className="card" aria-labelledby="code-title">
          <h2 id="code-title" className="text-lg font-bold">
            Your reset code
          </h2>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <output aria-label="Reset code" className="rounded-md bg-zinc-100 px-3 py-2 font-mono text-lg tracking-wider select-all">
              {code.code}
            </output>
            <CopyButton value={code.code} />
          </div>
          <p className="mt-2 text-xs text-zinc-600">
            Works once, only on this device, until {when(code.expiresAt)}.
          </p>
          <h3 className="mt-5 font-semibold">Reset Password</h3>
          <p className="text-xs text-zinc-600">
            8 to 16 characters with at least two kinds (lower case, upper case, digits, symbols); not containing admin or 123; no 4 or more ascending or descending
            digits or identical characters in a row.
          </p>
          {flash.errors?.reset && (
            <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
              {flash.errors.reset}
            </p>
          )}
          <form action={resetDeviceAction} className="mt-3 flex flex-col gap-3">
            <input type="hidden" name="caseId" value={c.id} />
            {(
              [
                ["password", "New Device Password"],
                ["confirmPassword", "Confirm Password"],
              ] as const
            ).map(([name, label]) => (
              <div key={name}>
                <label htmlFor={`reset-${name}`} className="block text-sm font-medium">
                  {label}
                </label>
                <input
                  id={`reset-${name}`}
                  name={name}
                  type="password"
                  autoComplete="new-password"
                  required
                  maxLength={64}
                  aria-invalid={flash.errors?.[name] ? true : undefined}
                  aria-describedby={flash.errors?.[name] ? `reset-${name}-error` : undefined}
                  className="input mt-1"
                />
                {flash.errors?.[name] && (
                  <p id={`reset-${name}-error`} className="mt-1 text-sm text-red-700">
                    {flash.errors[name]}
                  </p>
                )}
              </div>
            ))}
            <button type="submit" className="btn-primary">
              OK
            </button>
          </form>
        </section>
      )}

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title" className="text-lg font-bold">
          History
        </h2>
        <ol className="mt-3 space-y-3 text-sm">
          {history.map((e) => (
            <li key={e.id}>
              <p className="font-medium">
                {eventText[e.type] ?? e.type} <span className="text-xs font-normal text-zinc-600">· {when(e.createdAt)}</span>
              </p>
              {e.body && <p className="whitespace-pre-wrap text-zinc-700">{e.body}</p>}
            </li>
          ))}
        </ol>
        {open && (
          <form action={replyAction} className="mt-4 flex flex-col gap-2">
            <input type="hidden" name="caseId" value={c.id} />
            <label htmlFor="reply-body" className="text-sm font-medium">
              Message to support
            </label>
            <textarea id="reply-body" name="body" required maxLength={4000} rows={3} className="input" aria-describedby={flash.errors?.body ? "reply-error" : undefined} />
            {flash.errors?.body && (
              <p id="reply-error" className="text-sm text-red-700">
                {flash.errors.body}
              </p>
            )}
            <button type="submit" className="btn-secondary self-start">
              Send
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
