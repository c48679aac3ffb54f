"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { applyDeviceReset } from "@/lib/cases/device-reset";
import { customerReply } from "@/lib/cases/service";
import { setFlash } from "@/lib/http/flash";
import { CONTROL_CHARACTERS, hasControlCharacters, plainText } from "@/lib/validation/plain-text";
import { getTranslator } from "@/lib/i18n/request";
import { inLanguage } from "@/lib/i18n/words";

const id = z.uuid();

export async function replyAction(formData: FormData): Promise<void> {
  const caseId = id.safeParse(formData.get("caseId"));
  if (!caseId.success) redirect("/cases");
  const path = `/cases/${caseId.data}`;
  const me = await requireUser(path);
  const i18n = await getTranslator();
  const body = plainText({ multiline: true })
    .trim()
    .min(1, i18n.t("account.errors.writeMessage"))
    .max(4000, i18n.t("account.errors.messageTooLong", { max: i18n.number(4000) }))
    .safeParse(formData.get("body") ?? "");
  if (!body.success) {
    await setFlash("case", { errors: { body: inLanguage(i18n, body.error.issues[0].message) } }, path);
    redirect(path);
  }
  const result = await customerReply(me.id, caseId.data, body.data);
  await setFlash("case", result.ok ? { notice: "reply_sent" } : { notice: result.code }, path);
  redirect(path);
}

export async function resetDeviceAction(formData: FormData): Promise<void> {
  const caseId = id.safeParse(formData.get("caseId"));
  if (!caseId.success) redirect("/cases");
  const path = `/cases/${caseId.data}`;
  const me = await requireUser(path);
  const password = String(formData.get("password") ?? "").slice(0, 64);
  const confirmPassword = String(formData.get("confirmPassword") ?? "").slice(0, 64);
  const i18n = await getTranslator();
  // The password travels to the device inside an XML message: nothing invisible goes with it.
  if (hasControlCharacters(password)) {
    await setFlash("case", { errors: { password: inLanguage(i18n, CONTROL_CHARACTERS.message) } }, path);
    redirect(path);
  }
  const result = await applyDeviceReset(me.id, caseId.data, password, confirmPassword, i18n);
  if (result.ok) await setFlash("case", { notice: "reset_done" }, path);
  else await setFlash("case", result.field ? { errors: { [result.field]: inLanguage(i18n, result.message) } } : { errors: { reset: inLanguage(i18n, result.message) } }, path);
  redirect(path);
}
