import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { GRACE_DAYS } from "@/lib/accounts/deletion";
import { readFlash } from "@/lib/http/flash";
import { deleteAccountAction } from "./actions";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Your data" };

export default async function YourDataPage() {
  await requireUser("/account/data");
  const flash = await readFlash("data");
  const errors = flash.errors ?? {};
  return (
    <div className="space-y-6">
      <Card id="data-title" title="Your data" level={1} className="max-w-xl">
        <p className="mt-1 text-sm text-zinc-600">
          One file with everything Gatehouse keeps about your account: your details and contacts, the terms and newsletter consents you gave (with
          their wording and time), sessions, trusted devices, passkeys, devices, support cases with their messages, and the history of your
          account. It holds no passwords, codes or keys.
        </p>
        <a href="/account/data/export" download className="btn-primary mt-3">
          Download my data
        </a>
      </Card>
      <Card id="delete-title" title="Delete my account" className="max-w-xl">
        <p className="mt-1 text-sm text-zinc-600">
          Your account is deleted {GRACE_DAYS} days after you ask, and you are signed out everywhere now. Signing in before then cancels the
          deletion. Then your details, contacts, devices, passkeys and label photos are erased, open support cases are closed, and your user name
          becomes free. Support case records keep only a pseudonym.
        </p>
        <form action={deleteAccountAction} className="mt-4 flex flex-col gap-4">
          <div>
            <label htmlFor="deletePassword" className="block text-sm font-medium">
              Password
            </label>
            <input
              id="deletePassword"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={1024}
              aria-invalid={errors.deletePassword ? true : undefined}
              aria-describedby={errors.deletePassword ? "deletePassword-error" : undefined}
              className="input mt-1"
            />
            {errors.deletePassword && (
              <p id="deletePassword-error" className="mt-1 text-sm text-red-700">
                {errors.deletePassword}
              </p>
            )}
          </div>
          <div>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="confirm"
                value="yes"
                required
                aria-invalid={errors.confirmDelete ? true : undefined}
                aria-describedby={errors.confirmDelete ? "confirmDelete-error" : undefined}
                className="mt-1"
              />
              <span>I understand that my account and its data will be deleted in {GRACE_DAYS} days unless I sign in before then.</span>
            </label>
            {errors.confirmDelete && (
              <p id="confirmDelete-error" className="mt-1 text-sm text-red-700">
                {errors.confirmDelete}
              </p>
            )}
          </div>
          <button type="submit" className="inline-flex w-full items-center justify-center rounded-md bg-red-700 px-4 py-2.5 font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700">
            Delete my account
          </button>
        </form>
      </Card>
    </div>
  );
}
