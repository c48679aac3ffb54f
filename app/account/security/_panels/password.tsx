import type { Flash } from "@/lib/http/flash";
import { changePasswordAction } from "../actions";
import { Card } from "@/components/card";
import type { Translator } from "@/lib/messages";

const passwordFields = [
  { name: "currentPassword", label: "account.security.currentPassword", autoComplete: "current-password" },
  { name: "newPassword", label: "account.security.newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", label: "account.common.confirmPassword", autoComplete: "new-password" },
] as const;

/** Change password: current, new and confirmation, each with its error under it. */
export function PasswordPanel({ i18n, flash }: { i18n: Translator; flash: Flash }) {
  return (
    <Card id="password-title" title={i18n.t("account.security.passwordTitle")} className="max-w-xl">
      <form action={changePasswordAction} className="mt-4 flex flex-col gap-4">
        {passwordFields.map((f) => {
          const error = flash.errors?.[f.name];
          return (
            <div key={f.name}>
              <label htmlFor={f.name} className="block text-sm font-medium">
                {i18n.t(f.label)}
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
          {i18n.t("account.security.changePassword")}
        </button>
      </form>
    </Card>
  );
}
