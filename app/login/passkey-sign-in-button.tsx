"use client";

import { useEffect, useState } from "react";
import { WebAuthnAbortService, browserSupportsWebAuthnAutofill, startAuthentication } from "@simplewebauthn/browser";
import { useWebAuthnSupport } from "@/components/use-webauthn-support";
import { passkeySignInAction, passkeySignInOptionsAction } from "./passkey-actions";

/** The words of the passkey sign-in, in the page's language (passkeys.signIn and passkeys.errors). */
export type PasskeySignInWords = { button: string; noPasskey: string; limited: string };

/**
 * "Sign in with a passkey", and the browser's passkey autofill in the user name field where it is
 * offered (conditional UI). Rendered only once JavaScript runs: without it the password form is all.
 */
export function PasskeySignInButton({ next, words }: { next: string; words: PasskeySignInWords }) {
  const supported = useWebAuthnSupport() === true;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(useBrowserAutofill: boolean) {
    const started = await passkeySignInOptionsAction();
    if (!started) {
      if (!useBrowserAutofill) setError(words.limited);
      return;
    }
    const { challengeId, options } = started;
    let response;
    try {
      response = await startAuthentication({ optionsJSON: options, useBrowserAutofill });
    } catch (err) {
      // Cancelled, timed out, or replaced by the button's own request: nothing to say for autofill.
      if (!useBrowserAutofill && (err as Error).name !== "AbortError") setError(words.noPasskey);
      return;
    }
    setBusy(true);
    try {
      const result = await passkeySignInAction({ challengeId, response, next });
      if (result?.message) setError(result.message);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (!supported) return;
    void browserSupportsWebAuthnAutofill().then((ok) => (ok ? run(true).catch(() => {}) : undefined));
    return () => WebAuthnAbortService.cancelCeremony();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [supported]);

  if (!supported) return null;
  return (
    <div className="mt-4 flex flex-col gap-2">
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <button
        type="button"
        className="btn-secondary w-full"
        disabled={busy}
        onClick={() => {
          setError(null);
          void run(false).catch(() => setError(words.noPasskey));
        }}
      >
        {words.button}
      </button>
    </div>
  );
}
