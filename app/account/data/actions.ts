"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth";
import { requireUser } from "@/lib/auth/guard";
import { requestDeletion } from "@/lib/accounts/deletion";
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
  await signOut({ redirectTo: `${PATH}/scheduled?${new URLSearchParams({ until: result.dueAt.toISOString() })}` });
}
