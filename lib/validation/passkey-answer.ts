import { z } from "zod";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";

/**
 * What a page posts back after the browser's passkey prompt: the challenge's id and the
 * authenticator's answer (WebAuthn's JSON form). Only its size and outline are checked here; the
 * WebAuthn checks are lib/accounts/passkeys.ts's.
 */
export const passkeyAnswer = z.object({
  challengeId: z.uuid(),
  response: z
    .object({ id: z.string().min(1).max(1400), response: z.record(z.string(), z.unknown()) })
    .loose()
    .refine((r) => JSON.stringify(r).length < 64_000)
    .transform((r) => r as unknown as AuthenticationResponseJSON),
});
