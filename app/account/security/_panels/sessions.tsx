import { describeDevice, type SessionRow } from "@/lib/accounts/security";
import { describedIn, utcTime } from "@/lib/i18n/words";
import type { Translator } from "@/lib/messages";
import { endOtherSessionsAction, endSessionAction } from "../actions";
import { Card } from "@/components/card";
import { ActionButton } from "@/components/action-button";
import { BrowserItem } from "./browser-item";

/** Where the account is signed in, each session with Sign out, and Sign out other sessions. */
export function SessionsPanel({ i18n, sessions, current }: { i18n: Translator; sessions: SessionRow[]; current: string | undefined }) {
  const when = (d: Date) => utcTime(i18n, d);
  return (
    <Card id="sessions-title" title={i18n.t("account.security.sessions")} level={1} className="max-w-xl">
      <p className="mt-1 text-sm text-zinc-600">{i18n.t("account.security.sessionsIntro")}</p>
      <ul className="mt-4 divide-y divide-zinc-100">
        {sessions.map((s) => (
          <BrowserItem
            key={s.id}
            i18n={i18n}
            userAgent={s.userAgent}
            clientAddress={s.clientAddress}
            isThisDevice={s.id === current}
            times={i18n.t("account.security.sessionTimes", { created: when(s.createdAt), seen: when(s.lastSeenAt) })}
          >
            {s.id !== current && (
              <ActionButton action={endSessionAction} name="sessionId" value={s.id} label={i18n.t("account.security.signOutLabel", { device: describedIn(i18n, describeDevice(s.userAgent)), seen: when(s.lastSeenAt) })}>
                {i18n.t("account.security.signOut")}
              </ActionButton>
            )}
          </BrowserItem>
        ))}
      </ul>
      <form action={endOtherSessionsAction} className="mt-3">
        <button type="submit" className="btn-secondary">
          {i18n.t("account.security.signOutOthers")}
        </button>
      </form>
    </Card>
  );
}
