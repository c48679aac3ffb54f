import type { Flash } from "@/lib/http/flash";
import { twoFactorAction } from "../actions";
import { Card } from "@/components/card";

/** Two-step verification on or off (off needs the current password). */
export function TwoFactorPanel({ twoFactor, flash }: { twoFactor: boolean; flash: Flash }) {
  return (
    <Card id="two-factor-title" title="Two-step verification" className="max-w-xl">
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
    </Card>
  );
}
