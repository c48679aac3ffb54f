import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { getTranslator } from "@/lib/i18n/request";
import { resendConfirmationAction, signInAction } from "./actions";
import { PasskeySignIn } from "./passkey-sign-in";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.login.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  if ((await auth())?.user) redirect("/account");
  const i18n = await getTranslator();
  const lockedMinutes = /^locked_(\d+)$/.exec(sp.error ?? "")?.[1];
  const error = lockedMinutes
    ? i18n.t("login.locked", { minutes: Number(lockedMinutes) })
    : sp.error
      ? i18n.tOr(`login.errors.${sp.error}`, "login.errors.invalid")
      : undefined;
  const confirmation = i18n.notice("login", sp.confirm);
  const offerResend = sp.error === "unconfirmed" || sp.error === "unconfirmed_email" || sp.confirm === "expired";
  return (
    <Card id="login-title" title={i18n.t("wizard.login.title")} level={1}>
      {sp.signedOut && (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
          {i18n.t("notices.login.signed_out")}
        </p>
      )}
      {confirmation && (
        <p role="status" className={`mt-3 rounded-md p-3 text-sm ${confirmation.ok ? "bg-green-50 text-green-800" : "bg-amber-50 text-amber-900"}`}>
          {confirmation.text}
        </p>
      )}
      {sp.expired && !error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {i18n.t("login.errors.check_expired")}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {error}
        </p>
      )}
      {offerResend && (
        <form action={resendConfirmationAction} className="mt-3 flex flex-col gap-2 rounded-md border border-zinc-200 p-3">
          <label htmlFor="resend-email" className="text-sm font-medium">
            {i18n.t("wizard.login.resendLabel")}
          </label>
          <input id="resend-email" name="identifier" type="email" defaultValue={sp.identifier?.includes("@") ? sp.identifier : undefined} required className="input" />
          <button type="submit" className="btn-secondary">
            {i18n.t("wizard.login.resendButton")}
          </button>
        </form>
      )}
      <form action={signInAction} className="mt-5 flex flex-col gap-4">
        <input type="hidden" name="next" value={sp.next ?? "/account"} />
        <div>
          <label htmlFor="identifier" className="block text-sm font-medium">
            {i18n.t("wizard.login.identifier")}
          </label>
          <input id="identifier" name="identifier" autoComplete="username webauthn" defaultValue={sp.identifier} required aria-describedby="identifier-hint" className="input mt-1" />
          <p id="identifier-hint" className="mt-1 text-xs text-zinc-600">
            {i18n.t("wizard.login.identifierHint")}
          </p>
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            {i18n.t("wizard.login.password")}
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className="input mt-1" />
        </div>
        <button type="submit" className="btn-primary">
          {i18n.t("wizard.login.signIn")}
        </button>
      </form>
      <PasskeySignIn next={sp.next ?? "/account"} />
      <p className="mt-3 text-sm">
        <Link href="/forgot-password" className="link">
          {i18n.t("wizard.login.forgot")}
        </Link>
      </p>
      <div className="mt-5 border-t border-zinc-100 pt-4 text-sm">
        <p className="font-medium">{i18n.t("wizard.login.noAccount")}</p>
        <ul className="mt-2 space-y-1">
          <li>
            <Link href="/register" className="link">
              {i18n.t("wizard.login.registerUser")}
            </Link>{" "}
            <span className="text-zinc-600">{i18n.t("wizard.login.registerUserWhy")}</span>
          </li>
          <li>
            <Link href="/register/installer" className="link">
              {i18n.t("wizard.login.registerInstaller")}
            </Link>{" "}
            <span className="text-zinc-600">{i18n.t("wizard.login.registerInstallerWhy")}</span>
          </li>
        </ul>
      </div>
    </Card>
  );
}
