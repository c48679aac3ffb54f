"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth";
import { requireUser } from "@/lib/auth/guard";
import { requestDeletion } from "@/lib/accounts/deletion";
import { setFlash } from "@/lib/http/flash";

const PATH = "/account/data";

const deleteForm = z.object({
  // Only compared with the hash.
  password: z.string().min(1, "Enter your password to delete your account.").max(1024, "Enter your password to delete your account."),
  confirm: z.literal("yes", { error: "Tick the box to confirm that you want your account deleted." }),
});

/** Delete my account: password and a tick; the account is then signed out everywhere for the grace period. */
export async function deleteAccountAction(formData: FormData): Promise<void> {
  const me = await requireUser(PATH);
  const parsed = deleteForm.safeParse({ password: formData.get("password") ?? "", confirm: formData.get("confirm") ?? "" });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]) === "confirm" ? "confirmDelete" : "deletePassword", i.message]));
    await setFlash("data", { errors }, PATH);
    redirect(PATH);
  }
  const result = await requestDeletion(me.id, parsed.data.password);
  if (!result.ok) {
    await setFlash("data", { errors: { deletePassword: result.message } }, PATH);
    redirect(PATH);
  }
  await signOut({ redirectTo: `${PATH}/scheduled?${new URLSearchParams({ until: result.dueAt.toISOString() })}` });
}
