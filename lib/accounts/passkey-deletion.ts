import "server-only";
import { eq } from "drizzle-orm";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { refusal } from "./account";
import { scheduleDeletion, type RequestDeletionResult } from "./deletion";
import { verifyPasskeyConfirmation } from "./passkeys";

/**
 * Delete my account, confirmed with one of the account's own passkeys instead of the password
 * (README.md, "Your data"). Its own module: passkeys reach the sign-in code, which cancels
 * deletions, so lib/accounts/deletion.ts must not import them.
 */
export async function requestDeletionWithPasskey(userId: string, answer: { challengeId: string; response: AuthenticationResponseJSON }): Promise<RequestDeletionResult> {
  const confirmed = await verifyPasskeyConfirmation(userId, answer);
  if (!confirmed.ok) return { ok: false, ...refusal(confirmed.error === "limited" ? "account.errors.tooManyTries" : `passkeys.errors.${confirmed.error}`) };
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.status === "deleted") return { ok: false, ...refusal("account.errors.cannotDelete") };
  return scheduleDeletion(db, user);
}
