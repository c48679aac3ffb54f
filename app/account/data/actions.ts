"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth";
import { requireUser } from "@/lib/auth/guard";
import { requestDeletion, type RequestDeletionResult } from "@/lib/accounts/deletion";
import { requestDeletionWithPasskey } from "@/lib/accounts/passkey-deletion";
import { confirmationOptions } from "@/lib/accounts/passkeys";
import { passkeyAnswer } from "@/lib/validation/passkey-answer";
import { setFlash } from "@/lib/http/flash";
import { getTranslator } from "@/lib/i18n/request";
import type { Translator } from "@/lib/messages";

const PATH = "/account/data";

const deleteForm = (i18n: Translator) =>
  z.object({
    // Only compared with the hash.
    password: z.string().min(1, i18n.t("account.errors.deletePassword")).max(1024, i18n.t("account.errors.deletePassword")),
    confirm: z.literal("yes", { error: i18n.t("account.errors.deleteConfirm") }),
  });

/** Delete my account: password and a tick; the account is then signed out everywhere for the grace period. */
export async function deleteAccountAction(formData: FormData): Promise<void> {
  const me = await requireUser(PATH);
  const i18n = await getTranslator();
  const parsed = deleteForm(i18n).safeParse({ password: formData.get("password") ?? "", confirm: formData.get("confirm") ?? "" });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]) === "confirm" ? "confirmDelete" : "deletePassword", i.message]));
    await setFlash("data", { errors }, PATH);
    redirect(PATH);
  }
  const result = await requestDeletion(me.id, parsed.data.password);
  if (!result.ok) {
    await setFlash("data", { errors: { deletePassword: i18n.t(result.reason.key, result.reason.values) } }, PATH);
    redirect(PATH);
  }
  await signedOutUntil(result);
}

/** Signed out everywhere already; this browser's cookie goes too, and the page says until when. */
async function signedOutUntil(result: Extract<RequestDeletionResult, { ok: true }>): Promise<never> {
  await signOut({ redirectTo: `${PATH}/scheduled?${new URLSearchParams({ until: result.dueAt.toISOString() })}` });
  throw new Error("signOut redirects");
}

/** Options for confirming Delete my account with one of the account's own passkeys (null: it has none). */
export async function deletionPasskeyOptionsAction() {
  const me = await requireUser(PATH);
  return confirmationOptions(me.id);
}

const passkeyDelete = passkeyAnswer.extend({ confirm: z.literal("yes") });

/**
 * Delete my account with a passkey instead of the password (JavaScript only: the browser's passkey
 * prompt). The tick is still required. On success this redirects; otherwise it returns the message.
 */
export async function deleteWithPasskeyAction(raw: unknown): Promise<{ message: string }> {
  const me = await requireUser(PATH);
  const i18n = await getTranslator();
  const parsed = passkeyDelete.safeParse(raw);
  if (!parsed.success) {
    const unticked = parsed.error.issues.some((i) => i.path[0] === "confirm");
    return { message: i18n.t(unticked ? "account.errors.deleteConfirm" : "passkeys.errors.not_verified") };
  }
  const result = await requestDeletionWithPasskey(me.id, { challengeId: parsed.data.challengeId, response: parsed.data.response });
  if (!result.ok) return { message: i18n.t(result.reason.key, result.reason.values) };
  return signedOutUntil(result);
}
