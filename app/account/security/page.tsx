import type { Metadata } from "next";
import Link from "next/link";
import { auth } from "@/lib/auth";
import { requireUser } from "@/lib/auth/guard";
import { describeDevice, liveSessions, twoFactorOn } from "@/lib/accounts/security";
import { isThisDevice, listTrustedDevices } from "@/lib/auth/devices";
import { describePlace } from "@/lib/auth/networks";
import { deviceToken } from "@/lib/http/device-cookie";
import { readFlash } from "@/lib/http/flash";
import { changePasswordAction, endOtherSessionsAction, endSessionAction, forgetDeviceAction, twoFactorAction } from "./actions";
import { utcMinute as when } from "@/lib/format";
import { NoticeBanner } from "@/components/notice-banner";
import { noticeOf } from "@/lib/messages";

export const metadata: Metadata = { title: "Security" };



const passwordFields = [
  { name: "currentPassword", label: "Current Password", autoComplete: "current-password" },
  { name: "newPassword", label: "New Password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "Confirm Password", autoComplete: "new-password" },
] as const;

export default async function SecurityPage() {
  const user = await requireUser("/account/security");
  const current = (await auth())?.sessionId;
  const [sessions, devices, twoFactor, myDevice] = await Promise.all([liveSessions(user.id), listTrustedDevices(user.id), twoFactorOn(user.id), deviceToken()]);
  const flash = await readFlash("security");
  const notice = noticeOf("security", flash.notice);
  return (
    <div className="space-y-6">
      {notice && (
        <NoticeBanner notice={notice} className="mx-auto max-w-xl" />
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
                  {s.clientAddress ? `${describePlace(s.clientAddress)} (${s.clientAddress}) · ` : ""}signed in {when(s.createdAt)} · last seen {when(s.lastSeenAt)}
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
      <section className="card max-w-xl" aria-labelledby="devices-title">
        <h2 id="devices-title" className="text-lg font-bold">
          Trusted devices
        </h2>
        <p className="mt-1 text-sm text-zinc-600">
          Browsers where you ticked Trust this device. They sign in without a verification code from networks you have used before.
        </p>
        {devices.length === 0 ? (
          <p className="mt-3 text-sm text-zinc-700">No trusted devices. Every sign-in from a browser needs a verification code.</p>
        ) : (
          <ul className="mt-4 divide-y divide-zinc-100">
            {devices.map((d) => (
              <li key={d.id} className="flex items-center justify-between gap-3 py-3 text-sm">
                <div>
                  <p className="font-medium">
                    {describeDevice(d.userAgent)}
                    {isThisDevice(d, myDevice) && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-800">This device</span>}
                  </p>
                  <p className="text-xs text-zinc-600">
                    {d.clientAddress ? `${describePlace(d.clientAddress)} (${d.clientAddress}) · ` : ""}trusted {when(d.createdAt)} · last used {when(d.lastUsedAt)} · until {when(d.expiresAt)}
                  </p>
                </div>
                <form action={forgetDeviceAction}>
                  <input type="hidden" name="deviceId" value={d.id} />
                  <button type="submit" className="btn-secondary" aria-label={`Remove ${describeDevice(d.userAgent)}, trusted ${when(d.createdAt)}`}>
                    Remove
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card max-w-xl" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title" className="text-lg font-bold">
          Two-step verification
        </h2>
        <p className="mt-1 text-sm text-zinc-600">
          {twoFactor
            ? "On: every sign-in needs a verification code sent to your email or phone, even on trusted devices."
            : "Off: only sign-ins from new devices or networks need a verification code."}
        </p>
        <form action={twoFactorAction} className="mt-3 flex flex-col gap-3">
          <input type="hidden" name="enable" value={twoFactor ? "off" : "on"} />
          {twoFactor && (
            <div>
              <label htmlFor="twoFactorPassword" className="block text-sm font-medium">
                Current password to switch it off
              </label>
              <input
                id="twoFactorPassword"
                name="currentPassword"
                type="password"
                autoComplete="current-password"
                required
                maxLength={1024}
                aria-invalid={flash.errors?.twoFactorPassword ? true : undefined}
                aria-describedby={flash.errors?.twoFactorPassword ? "twoFactorPassword-error" : undefined}
                className="input mt-1"
              />
              {flash.errors?.twoFactorPassword && (
                <p id="twoFactorPassword-error" className="mt-1 text-sm text-red-700">
                  {flash.errors.twoFactorPassword}
                </p>
              )}
            </div>
          )}
          <button type="submit" className={twoFactor ? "btn-secondary" : "btn-primary"}>
            {twoFactor ? "Turn off two-step verification" : "Turn on two-step verification"}
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
