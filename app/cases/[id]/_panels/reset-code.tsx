import { CopyButton } from "@/components/copy-button";
import type { CaseRow, resetCodeFor } from "@/lib/cases/service";
import type { Flash } from "@/lib/http/flash";
import { utcTime } from "@/lib/i18n/words";
import type { Translator } from "@/lib/messages";
import { resetDeviceAction } from "../actions";
import { Card } from "@/components/card";

/** The approved case's reset code and the form that applies a new device password with it. */
export function ResetCodePanel({ i18n, c, code, flash }: { i18n: Translator; c: CaseRow; code: NonNullable<ReturnType<typeof resetCodeFor>>; flash: Flash }) {
  return (
    <Card id="code-title" title={i18n.t("account.cases.codeTitle")}>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <output aria-label={i18n.t("account.cases.codeLabel")} className="rounded-md bg-zinc-100 px-3 py-2 font-mono text-lg tracking-wider select-all">
          {code.code}
        </output>
        <CopyButton value={code.code} />
      </div>
      <p className="mt-2 text-xs text-zinc-600">
        {i18n.t("account.cases.codeValid", { until: utcTime(i18n, code.expiresAt) })}
      </p>
      <h3 className="mt-5 font-semibold">{i18n.t("account.common.resetPassword")}</h3>
      <p className="text-xs text-zinc-600">
        {i18n.t("account.cases.passwordRule")}
      </p>
      {flash.errors?.reset && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {flash.errors.reset}
        </p>
      )}
      <form action={resetDeviceAction} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="caseId" value={c.id} />
        {(
          [
            ["password", i18n.t("account.cases.newDevicePassword")],
            ["confirmPassword", i18n.t("account.common.confirmPassword")],
          ] as const
        ).map(([name, label]) => (
          <div key={name}>
            <label htmlFor={`reset-${name}`} className="block text-sm font-medium">
              {label}
            </label>
            <input
              id={`reset-${name}`}
              name={name}
              type="password"
              autoComplete="new-password"
              required
              maxLength={64}
              aria-invalid={flash.errors?.[name] ? true : undefined}
              aria-describedby={flash.errors?.[name] ? `reset-${name}-error` : undefined}
              className="input mt-1"
            />
            {flash.errors?.[name] && (
              <p id={`reset-${name}-error`} className="mt-1 text-sm text-red-700">
                {flash.errors[name]}
              </p>
            )}
          </div>
        ))}
        <button type="submit" className="btn-primary">
          {i18n.t("account.cases.ok")}
        </button>
      </form>
    </Card>
  );
}
