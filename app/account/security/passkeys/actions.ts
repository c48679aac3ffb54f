"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { requireUser } from "@/lib/auth/guard";
import { PASSKEY_NAME_MAX, finishRegistration, passkeyMessage, registrationOptions, removePasskey } from "@/lib/accounts/passkeys";
import { getTranslator } from "@/lib/i18n/request";
import type { Translator } from "@/lib/messages";
import { setFlash } from "@/lib/http/flash";
import { plainText } from "@/lib/validation/plain-text";

const PATH = "/account/security";

/** Step 1 of adding a passkey: the options for the browser's navigator.credentials.create(). */
export async function passkeyOptionsAction() {
  const user = await requireUser(PATH);
  return registrationOptions(user.id);
}

const finishInput = (i18n: Translator) =>
  z.object({
    challengeId: z.uuid(),
    name: plainText()
      .trim()
      .min(1, i18n.t("passkeys.name.required"))
      .max(PASSKEY_NAME_MAX, i18n.t("passkeys.name.tooLong", { max: PASSKEY_NAME_MAX })),
    // The structure is checked by the WebAuthn verification itself; here only that it is an object of sane size.
    response: z.record(z.string(), z.unknown()).refine((r) => JSON.stringify(r).length < 64_000, "The answer is too large."),
  });

/** Step 2: the browser's answer; the passkey is kept under its name. */
export async function finishPasskeyAction(input: unknown): Promise<{ ok: true } | { ok: false; field?: "name"; message: string }> {
  const user = await requireUser(PATH);
  const i18n = await getTranslator();
  const parsed = finishInput(i18n).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return issue.path[0] === "name" ? { ok: false, field: "name", message: issue.message } : { ok: false, message: passkeyMessage(i18n, "not_verified") };
  }
  const result = await finishRegistration(user.id, { ...parsed.data, response: parsed.data.response as unknown as RegistrationResponseJSON });
  if (!result.ok) return { ok: false, message: passkeyMessage(i18n, result.error) };
  await setFlash("security", { notice: "passkey_added" }, PATH);
  revalidatePath(PATH);
  return { ok: true };
}

/** Remove a passkey (a plain form: works without JavaScript). */
export async function removePasskeyAction(formData: FormData): Promise<void> {
  const user = await requireUser(PATH);
  const id = z.uuid().safeParse(formData.get("passkeyId"));
  const password = z.string().max(1024).safeParse(formData.get("currentPassword") ?? "");
  if (!id.success || !password.success) {
    await setFlash("security", { notice: "passkey_invalid" }, PATH);
    redirect(PATH);
  }
  const result = await removePasskey(user.id, id.data, password.data);
  if (result.ok) await setFlash("security", { notice: "passkey_removed" }, PATH);
  else if (result.field === "passkey") await setFlash("security", { notice: "passkey_invalid" }, PATH);
  else await setFlash("security", { errors: { [`${result.field}-${id.data}`]: result.message } }, PATH);
  redirect(PATH);
}
