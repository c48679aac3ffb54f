"use client";

import { useState } from "react";
import { startAuthentication } from "@simplewebauthn/browser";
import { useWebAuthnSupport } from "@/components/use-webauthn-support";
import { deleteWithPasskeyAction, deletionPasskeyOptionsAction } from "./actions";

/** The words of the passkey confirmation, in the page's language (passkeys.confirmDelete, account.errors). */
export type DeleteWithPasskeyWords = { button: string; noPasskey: string; confirmFirst: string };

/**
 * "Delete with a passkey instead", under the Delete my account form and belonging to it (`form`, the
 * form's id): the form's tick is still required, the browser's passkey prompt stands in for the
 * password. Shown only where JavaScript and passkeys work, and only to an account that has passkeys;
 * the password form is always there.
 */
export function DeleteWithPasskey({ form, words }: { form: string; words: DeleteWithPasskeyWords }) {
  const supported = useWebAuthnSupport() === true;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!supported) return null;

  async function run(form: HTMLFormElement | null) {
    setError(null);
    if (!form || new FormData(form).get("confirm") !== "yes") {
      setError(words.confirmFirst);
      return;
    }
    setBusy(true);
    try {
      const started = await deletionPasskeyOptionsAction();
      if (!started) {
        setError(words.noPasskey);
        return;
      }
      let response;
      try {
        response = await startAuthentication({ optionsJSON: started.options });
      } catch {
        setError(words.noPasskey);
        return;
      }
      const result = await deleteWithPasskeyAction({ challengeId: started.challengeId, response, confirm: "yes" });
      if (result?.message) setError(result.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-4 flex flex-col gap-2">
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <button type="button" form={form} className="btn-secondary w-full" disabled={busy} aria-busy={busy || undefined} onClick={(e) => void run(e.currentTarget.form)}>
        {words.button}
      </button>
    </div>
  );
}
