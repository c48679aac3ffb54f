import type { Flash } from "@/lib/http/flash";
import { twoFactorAction } from "../actions";
import { Card } from "@/components/card";
import type { Translator } from "@/lib/messages";

/** Two-step verification on or off (off needs the current password). */
export function TwoFactorPanel({ i18n, twoFactor, flash }: { i18n: Translator; twoFactor: boolean; flash: Flash }) {
  return (
    <Card id="two-factor-title" title={i18n.t("account.security.twoFactor")} className="max-w-xl">
      <p className="mt-1 text-sm text-zinc-600">
        {twoFactor ? i18n.t("account.security.twoFactorOn") : i18n.t("account.security.twoFactorOff")}
      </p>
      <form action={twoFactorAction} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="enable" value={twoFactor ? "off" : "on"} />
        {twoFactor && (
          <div>
            <label htmlFor="twoFactorPassword" className="block text-sm font-medium">
              {i18n.t("account.security.twoFactorPassword")}
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
          {twoFactor ? i18n.t("account.security.turnOff") : i18n.t("account.security.turnOn")}
        </button>
      </form>
    </Card>
  );
}
