import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { GRACE_DAYS } from "@/lib/accounts/deletion";
import { readFlash } from "@/lib/http/flash";
import { deleteAccountAction } from "./actions";
import { DeleteWithPasskey } from "./delete-with-passkey";
import { listPasskeys } from "@/lib/accounts/passkeys";
import { getTranslator } from "@/lib/i18n/request";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.data.title") };
}

export default async function YourDataPage() {
  const me = await requireUser("/account/data");
  const [flash, i18n, keys] = await Promise.all([readFlash("data"), getTranslator(), listPasskeys(me.id)]);
  const errors = flash.errors ?? {};
  return (
    <div className="space-y-6">
      <Card id="data-title" title={i18n.t("account.data.title")} level={1} className="max-w-xl">
        <p className="mt-1 text-sm text-zinc-600">
          {i18n.t("account.data.exportIntro")}
        </p>
        <a href="/account/data/export" download className="btn-primary mt-3">
          {i18n.t("account.data.download")}
        </a>
      </Card>
      <Card id="delete-title" title={i18n.t("account.data.deleteTitle")} className="max-w-xl">
        <p className="mt-1 text-sm text-zinc-600">
          {i18n.t("account.data.deleteIntro", { days: GRACE_DAYS })}
        </p>
        <form id="delete-account" action={deleteAccountAction} className="mt-4 flex flex-col gap-4">
          <div>
            <label htmlFor="deletePassword" className="block text-sm font-medium">
              {i18n.t("account.common.password")}
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
              <span>{i18n.t("account.data.confirm", { days: GRACE_DAYS })}</span>
            </label>
            {errors.confirmDelete && (
              <p id="confirmDelete-error" className="mt-1 text-sm text-red-700">
                {errors.confirmDelete}
              </p>
            )}
          </div>
          <button type="submit" className="inline-flex w-full items-center justify-center rounded-md bg-red-700 px-4 py-2.5 font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700">
            {i18n.t("account.data.deleteButton")}
          </button>
        </form>
        {keys.length > 0 && (
          <DeleteWithPasskey
            form="delete-account"
            words={{ button: i18n.t("passkeys.confirmDelete.button"), noPasskey: i18n.t("passkeys.confirmDelete.noPasskey"), confirmFirst: i18n.t("account.errors.deleteConfirm") }}
          />
        )}
      </Card>
    </div>
  );
}
