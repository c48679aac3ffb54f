import { describeDevice } from "@/lib/accounts/security";
import { listPasskeys } from "@/lib/accounts/passkeys";
import { getTranslator } from "@/lib/i18n/request";
import { utcMinute as when } from "@/lib/format";
import type { Flash } from "@/lib/http/flash";
import { AddPasskey } from "./add-passkey";
import { removePasskeyAction } from "./actions";
import { Card } from "@/components/card";
import { ActionButton } from "@/components/action-button";

/** My Account > Security: the account's passkeys, when each was last used, adding and removing them. */
export async function PasskeysSection({ userId, userAgent, flash }: { userId: string; userAgent: string | null; flash: Flash }) {
  const keys = await listPasskeys(userId);
  const i18n = await getTranslator();
  const t = i18n.t;
  return (
    <Card id="passkeys-title" title={t("passkeys.section.title")} className="max-w-xl">
      <p className="mt-1 text-sm text-zinc-600">{t("passkeys.section.intro")}</p>
      {keys.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-700">{t("passkeys.section.none")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-zinc-100">
          {keys.map((k) => {
            const last = keys.length === 1;
            const error = flash.errors?.[`passkeyPassword-${k.id}`];
            return (
              <li key={k.id} className="py-3 text-sm">
                <div className="flex items-center justify-between gap-3">
                  <div>
                    <p className="font-medium">{k.name}</p>
                    <p className="text-xs text-zinc-600">
                      {t("passkeys.section.added", { date: when(k.createdAt) })} ·{" "}
                      {k.lastUsedAt ? t("passkeys.section.lastUsed", { date: when(k.lastUsedAt) }) : t("passkeys.section.notUsed")}
                    </p>
                  </div>
                  {!last && (
                    <ActionButton action={removePasskeyAction} name="passkeyId" value={k.id} label={t("passkeys.section.removeLabel", { name: k.name })}>
                      {t("passkeys.section.remove")}
                    </ActionButton>
                  )}
                </div>
                {last && (
                  <form action={removePasskeyAction} className="mt-2 flex flex-col gap-2">
                    <input type="hidden" name="passkeyId" value={k.id} />
                    <label htmlFor={`passkeyPassword-${k.id}`} className="text-xs font-medium">
                      {t("passkeys.section.passwordLabel")}
                    </label>
                    <input
                      id={`passkeyPassword-${k.id}`}
                      name="currentPassword"
                      type="password"
                      autoComplete="current-password"
                      required
                      maxLength={1024}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `passkeyPassword-${k.id}-error` : undefined}
                      className="input"
                    />
                    {error && (
                      <p id={`passkeyPassword-${k.id}-error`} className="text-sm text-red-700">
                        {error}
                      </p>
                    )}
                    <button type="submit" className="btn-secondary self-start" aria-label={t("passkeys.section.removeLabel", { name: k.name })}>
                      {t("passkeys.section.remove")}
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <AddPasskey
        suggestedName={describeDevice(userAgent)}
        words={{
          needsJavaScript: t("passkeys.add.needsJavaScript"),
          unsupported: t("passkeys.add.unsupported"),
          alreadyOnDevice: t("passkeys.add.alreadyOnDevice"),
          notCreated: t("passkeys.add.notCreated"),
          nameLabel: t("passkeys.add.nameLabel"),
          button: t("passkeys.add.button"),
        }}
      />
    </Card>
  );
}
