"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { applyDeviceReset } from "@/lib/cases/device-reset";
import { customerReply } from "@/lib/cases/service";
import { setFlash } from "@/lib/http/flash";
import { CONTROL_CHARACTERS, hasControlCharacters, plainText } from "@/lib/validation/plain-text";

const id = z.uuid();

export async function replyAction(formData: FormData): Promise<void> {
  const caseId = id.safeParse(formData.get("caseId"));
  if (!caseId.success) redirect("/cases");
  const path = `/cases/${caseId.data}`;
  const me = await requireUser(path);
  const body = plainText({ multiline: true }).trim().min(1, "Write a message.").max(4000, "Use at most 4,000 characters.").safeParse(formData.get("body") ?? "");
  if (!body.success) {
    await setFlash("case", { errors: { body: body.error.issues[0].message } }, path);
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
  // The password travels to the device inside an XML message: nothing invisible goes with it.
  if (hasControlCharacters(password)) {
    await setFlash("case", { errors: { password: CONTROL_CHARACTERS.message } }, path);
    redirect(path);
  }
  const result = await applyDeviceReset(me.id, caseId.data, password, confirmPassword);
  if (result.ok) await setFlash("case", { notice: "reset_done" }, path);
  else await setFlash("case", result.field ? { errors: { [result.field]: result.message } } : { errors: { reset: result.message } }, path);
  redirect(path);
}
