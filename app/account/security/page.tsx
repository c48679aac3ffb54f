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
import { getTranslator } from "@/lib/i18n/request";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.security.title") };
}

export default async function SecurityPage() {
  const user = await requireUser("/account/security");
  const current = (await auth())?.sessionId;
  const [sessions, devices, twoFactor, myDevice] = await Promise.all([liveSessions(user.id), listTrustedDevices(user.id), twoFactorOn(user.id), deviceToken()]);
  const flash = await readFlash("security");
  const i18n = await getTranslator();
  const notice = i18n.notice("security", flash.notice);
  return (
    <div className="space-y-6">
      {notice && (
        <NoticeBanner notice={notice} className="mx-auto max-w-xl" />
      )}
      <SessionsPanel i18n={i18n} sessions={sessions} current={current} />
      <TrustedDevicesPanel i18n={i18n} devices={devices} myDevice={myDevice} />
      <TwoFactorPanel i18n={i18n} twoFactor={twoFactor} flash={flash} />
      <PasskeysSection userId={user.id} userAgent={(await headers()).get("user-agent")} flash={flash} />
      <Card id="contact-title" title={i18n.t("account.security.contactTitle")} className="max-w-xl">
        <p className="mt-1 text-sm text-zinc-600">{i18n.t("account.security.contactIntro")}</p>
        <Link href="/account/security/contact" className="btn-secondary mt-3">
          {i18n.t("account.security.contactLink")}
        </Link>
      </Card>
      <PasswordPanel i18n={i18n} flash={flash} />
    </div>
  );
}
