import type { Metadata } from "next";
import Link from "next/link";
import { auth } from "@/lib/auth";
import { requireUser } from "@/lib/auth/guard";
import { describeDevice, liveSessions } from "@/lib/accounts/security";
import { readFlash } from "@/lib/http/flash";
import { changePasswordAction, endOtherSessionsAction, endSessionAction } from "./actions";

export const metadata: Metadata = { title: "Security" };

const notices: Record<string, { ok: boolean; text: string }> = {
  session_ended: { ok: true, text: "That session was signed out." },
  session_invalid: { ok: false, text: "That session is already signed out, or it is this one (use Sign Out)." },
  others_ended: { ok: true, text: "Every other session was signed out." },
  no_others: { ok: true, text: "There were no other sessions." },
  password_changed: { ok: true, text: "Your password was changed. Every other session was signed out." },
};

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

const passwordFields = [
  { name: "currentPassword", label: "Current Password", autoComplete: "current-password" },
  { name: "newPassword", label: "New Password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "Confirm Password", autoComplete: "new-password" },
] as const;

export default async function SecurityPage() {
  const user = await requireUser("/account/security");
  const current = (await auth())?.sessionId;
  const sessions = await liveSessions(user.id);
  const flash = await readFlash("security");
  const notice = flash.notice ? notices[flash.notice] : undefined;
  return (
    <div className="space-y-6">
      {notice && (
        <p role={notice.ok ? "status" : "alert"} className={`mx-auto max-w-xl rounded-md p-3 text-sm ${notice.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}>
          {notice.text}
        </p>
      )}
      <section className="card max-w-xl" aria-labelledby="sessions-title">
        <h1 id="sessions-title" className="text-xl font-bold">
          Sessions
        </h1>
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
                  {s.clientAddress ? `Network address ${s.clientAddress} · ` : ""}signed in {when(s.createdAt)} · last seen {when(s.lastSeenAt)}
                </p>
              </div>
              {s.id !== current && (
                <form action={endSessionAction}>
                  <input type="hidden" name="sessionId" value={s.id} />
                  <button type="submit" className="btn-secondary" aria-label={`Sign out ${describeDevice(s.userAgent)}, last seen ${when(s.lastSeenAt)}`}>
                    Sign out
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
        <form action={endOtherSessionsAction} className="mt-3">
          <button type="submit" className="btn-secondary">
            Sign out other sessions
          </button>
        </form>
      </section>
      <section className="card max-w-xl" aria-labelledby="contact-title">
        <h2 id="contact-title" className="text-lg font-bold">
          Email and phone
        </h2>
        <p className="mt-1 text-sm text-zinc-600">Change the email address or mobile phone number you sign in with.</p>
        <Link href="/account/security/contact" className="btn-secondary mt-3">
          Change email or phone
        </Link>
      </section>
      <section className="card max-w-xl" aria-labelledby="password-title">
        <h2 id="password-title" className="text-lg font-bold">
          Change password
        </h2>
        <form action={changePasswordAction} className="mt-4 flex flex-col gap-4">
          {passwordFields.map((f) => {
            const error = flash.errors?.[f.name];
            return (
              <div key={f.name}>
                <label htmlFor={f.name} className="block text-sm font-medium">
                  {f.label}
                </label>
                <input
                  id={f.name}
                  name={f.name}
                  type="password"
                  autoComplete={f.autoComplete}
                  required
                  maxLength={1024}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${f.name}-error` : undefined}
                  className="input mt-1"
                />
                {error && (
                  <p id={`${f.name}-error`} className="mt-1 text-sm text-red-700">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          <button type="submit" className="btn-primary">
            Change Password
          </button>
        </form>
      </section>
    </div>
  );
}
