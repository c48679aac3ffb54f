import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { noticeOf, t, tOr } from "@/lib/messages";
import { resendConfirmationAction, signInAction } from "./actions";
import { PasskeySignIn } from "./passkey-sign-in";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Login" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  if ((await auth())?.user) redirect("/account");
  const lockedMinutes = /^locked_(\d+)$/.exec(sp.error ?? "")?.[1];
  const error = lockedMinutes
    ? t("login.locked", { minutes: Number(lockedMinutes) })
    : sp.error
      ? tOr(`login.errors.${sp.error}`, "login.errors.invalid")
      : undefined;
  const confirmation = noticeOf("login", sp.confirm);
  const offerResend = sp.error === "unconfirmed" || sp.error === "unconfirmed_email" || sp.confirm === "expired";
  return (
    <Card id="login-title" title="Login" level={1}>
      {sp.signedOut && (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
          {t("notices.login.signed_out")}
        </p>
      )}
      {confirmation && (
        <p role="status" className={`mt-3 rounded-md p-3 text-sm ${confirmation.ok ? "bg-green-50 text-green-800" : "bg-amber-50 text-amber-900"}`}>
          {confirmation.text}
        </p>
      )}
      {sp.expired && !error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {t("login.errors.check_expired")}
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
            Email for the confirmation
          </label>
          <input id="resend-email" name="identifier" type="email" defaultValue={sp.identifier?.includes("@") ? sp.identifier : undefined} required className="input" />
          <button type="submit" className="btn-secondary">
            Resend confirmation email
          </button>
        </form>
      )}
      <form action={signInAction} className="mt-5 flex flex-col gap-4">
        <input type="hidden" name="next" value={sp.next ?? "/account"} />
        <div>
          <label htmlFor="identifier" className="block text-sm font-medium">
            User Name, Email or Phone Number
          </label>
          <input id="identifier" name="identifier" autoComplete="username webauthn" defaultValue={sp.identifier} required aria-describedby="identifier-hint" className="input mt-1" />
          <p id="identifier-hint" className="mt-1 text-xs text-zinc-600">
            A phone number with its country code, for example +1 201 555 0123.
          </p>
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Password
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className="input mt-1" />
        </div>
        <button type="submit" className="btn-primary">
          Sign In
        </button>
      </form>
      <PasskeySignIn next={sp.next ?? "/account"} />
      <p className="mt-3 text-sm">
        <Link href="/forgot-password" className="link">
          Forgot Password
        </Link>
      </p>
      <div className="mt-5 border-t border-zinc-100 pt-4 text-sm">
        <p className="font-medium">No account yet? Register</p>
        <ul className="mt-2 space-y-1">
          <li>
            <Link href="/register" className="link">
              Register as a User
            </Link>{" "}
            <span className="text-zinc-600">to watch your own cameras</span>
          </li>
          <li>
            <Link href="/register/installer" className="link">
              Register as an Installer
            </Link>{" "}
            <span className="text-zinc-600">to manage your customers&apos; sites</span>
          </li>
        </ul>
      </div>
    </Card>
  );
}
