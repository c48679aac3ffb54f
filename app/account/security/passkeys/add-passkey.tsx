"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { startRegistration } from "@simplewebauthn/browser";
import { useWebAuthnSupport } from "@/components/use-webauthn-support";
import { finishPasskeyAction, passkeyOptionsAction } from "./actions";

/** The words of "Add a passkey", in the page's language (passkeys.add in the catalogue). */
export type AddPasskeyWords = {
  needsJavaScript: string;
  unsupported: string;
  alreadyOnDevice: string;
  notCreated: string;
  nameLabel: string;
  button: string;
};

/** "Add a passkey": a name, then the browser's own passkey prompt. Needs JavaScript (WebAuthn is a browser API). */
export function AddPasskey({ suggestedName, words }: { suggestedName: string; words: AddPasskeyWords }) {
  const router = useRouter();
  const supported = useWebAuthnSupport();
  const [name, setName] = useState(suggestedName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: "name"; message: string } | null>(null);

  if (supported === null) return <p className="mt-3 text-sm text-zinc-600">{words.needsJavaScript}</p>;
  if (!supported) return <p className="mt-3 text-sm text-zinc-600">{words.unsupported}</p>;

  async function add(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { challengeId, options } = await passkeyOptionsAction();
      let response;
      try {
        response = await startRegistration({ optionsJSON: options });
      } catch (err) {
        const n = (err as Error).name;
        setError({ message: n === "InvalidStateError" ? words.alreadyOnDevice : words.notCreated });
        return;
      }
      const result = await finishPasskeyAction({ challengeId, name, response });
      if (!result.ok) {
        setError({ field: result.field, message: result.message });
        return;
      }
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={add} className="mt-4 flex flex-col gap-3">
      <div>
        <label htmlFor="passkeyName" className="block text-sm font-medium">
          {words.nameLabel}
        </label>
        <input
          id="passkeyName"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
          required
          aria-invalid={error?.field === "name" ? true : undefined}
          aria-describedby={error ? "passkey-error" : undefined}
          className="input mt-1"
        />
      </div>
      {error && (
        <p id="passkey-error" role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      )}
      <button type="submit" className="btn-primary" disabled={busy}>
        {words.button}
      </button>
    </form>
  );
}
