import type { Metadata } from "next";
import Link from "next/link";
import { auth } from "@/lib/auth";
import { requireUser } from "@/lib/auth/guard";
import { liveSessions, twoFactorOn } from "@/lib/accounts/security";
import { listTrustedDevices } from "@/lib/auth/devices";
import { deviceToken } from "@/lib/http/device-cookie";
import { readFlash } from "@/lib/http/flash";
import { PasswordPanel } from "./_panels/password";
import { SessionsPanel } from "./_panels/sessions";
import { TrustedDevicesPanel } from "./_panels/trusted-devices";
import { TwoFactorPanel } from "./_panels/two-factor";
import { NoticeBanner } from "@/components/notice-banner";
import { headers } from "next/headers";
import { PasskeysSection } from "./passkeys/section";
import { noticeOf } from "@/lib/messages";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Security" };

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
      <SessionsPanel sessions={sessions} current={current} />
      <TrustedDevicesPanel devices={devices} myDevice={myDevice} />
      <TwoFactorPanel twoFactor={twoFactor} flash={flash} />
      <PasskeysSection userId={user.id} userAgent={(await headers()).get("user-agent")} flash={flash} />
      <Card id="contact-title" title="Email and phone" className="max-w-xl">
        <p className="mt-1 text-sm text-zinc-600">Change the email address or mobile phone number you sign in with.</p>
        <Link href="/account/security/contact" className="btn-secondary mt-3">
          Change email or phone
        </Link>
      </Card>
      <PasswordPanel flash={flash} />
    </div>
  );
}
