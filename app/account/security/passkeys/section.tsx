import { describeDevice } from "@/lib/accounts/security";
import { listPasskeys } from "@/lib/accounts/passkeys";
import { utcMinute as when } from "@/lib/format";
import type { Flash } from "@/lib/http/flash";
import { AddPasskey } from "./add-passkey";
import { removePasskeyAction } from "./actions";
import { Card } from "@/components/card";
import { ActionButton } from "@/components/action-button";

/** My Account > Security: the account's passkeys, when each was last used, adding and removing them. */
export async function PasskeysSection({ userId, userAgent, flash }: { userId: string; userAgent: string | null; flash: Flash }) {
  const keys = await listPasskeys(userId);
  return (
    <Card id="passkeys-title" title="Passkeys" className="max-w-xl">
      <p className="mt-1 text-sm text-zinc-600">
        Sign in with your fingerprint, face or device PIN instead of your password. A passkey sign-in needs no verification code.
      </p>
      {keys.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-700">No passkeys yet.</p>
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
                      added {when(k.createdAt)} · {k.lastUsedAt ? `last used ${when(k.lastUsedAt)}` : "not used yet"}
                    </p>
                  </div>
                  {!last && (
                    <ActionButton action={removePasskeyAction} name="passkeyId" value={k.id} label={`Remove passkey ${k.name}`}>
                      Remove
                    </ActionButton>
                  )}
                </div>
                {last && (
                  <form action={removePasskeyAction} className="mt-2 flex flex-col gap-2">
                    <input type="hidden" name="passkeyId" value={k.id} />
                    <label htmlFor={`passkeyPassword-${k.id}`} className="text-xs font-medium">
                      Current password to remove your last passkey
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
                    <button type="submit" className="btn-secondary self-start" aria-label={`Remove passkey ${k.name}`}>
                      Remove
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <AddPasskey suggestedName={describeDevice(userAgent)} />
    </Card>
  );
}
