import { describeDevice, type SessionRow } from "@/lib/accounts/security";
import { describePlace } from "@/lib/auth/networks";
import { utcMinute as when } from "@/lib/format";
import { endOtherSessionsAction, endSessionAction } from "../actions";
import { Card } from "@/components/card";
import { ActionButton } from "@/components/action-button";

/** Where the account is signed in, each session with Sign out, and Sign out other sessions. */
export function SessionsPanel({ sessions, current }: { sessions: SessionRow[]; current: string | undefined }) {
  return (
    <Card id="sessions-title" title="Sessions" level={1} className="max-w-xl">
      <p className="mt-1 text-sm text-zinc-600">Where your account is signed in. Sign out anything you do not recognise, then change your password.</p>
      <ul className="mt-4 divide-y divide-zinc-100">
        {sessions.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-3 py-3 text-sm">
            <div>
              <p className="font-medium">
                {describeDevice(s.userAgent)}
                {s.id === current && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-800">This device</span>}
              </p>
              <p className="text-xs text-zinc-600">
                {s.clientAddress ? `${describePlace(s.clientAddress)} (${s.clientAddress}) · ` : ""}signed in {when(s.createdAt)} · last seen {when(s.lastSeenAt)}
              </p>
            </div>
            {s.id !== current && (
              <ActionButton action={endSessionAction} name="sessionId" value={s.id} label={`Sign out ${describeDevice(s.userAgent)}, last seen ${when(s.lastSeenAt)}`}>
                Sign out
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
      <form action={endOtherSessionsAction} className="mt-3">
        <button type="submit" className="btn-secondary">
          Sign out other sessions
        </button>
      </form>
    </Card>
  );
}
