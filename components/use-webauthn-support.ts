"use client";

import { useSyncExternalStore } from "react";
import { browserSupportsWebAuthn } from "@simplewebauthn/browser";

const subscribe = () => () => {};

/**
 * Whether this browser can use passkeys: null in the server's HTML and during hydration (no
 * JavaScript yet), then true or false. Read without setting state in an effect.
 */
export function useWebAuthnSupport(): boolean | null {
  return useSyncExternalStore<boolean | null>(
    subscribe,
    () => browserSupportsWebAuthn(),
    () => null,
  );
}
