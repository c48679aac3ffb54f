"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { addDevice } from "@/lib/devices/accounts";
import { setFlash } from "@/lib/http/flash";
import { hasControlCharacters, plainText } from "@/lib/validation/plain-text";
import { getTranslator } from "@/lib/i18n/request";
import { inLanguage } from "@/lib/i18n/words";
import type { Translator } from "@/lib/messages";

const PATH = "/account/devices";
const form = (i18n: Translator) =>
  z.object({
    serial: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{9,48}$/, i18n.t("account.errors.serial")),
    name: plainText().trim().max(60, i18n.t("account.errors.nameTooLong")).optional(),
  });

export async function addDeviceAction(formData: FormData): Promise<void> {
  const me = await requireUser(PATH);
  const i18n = await getTranslator();
  const parsed = form(i18n).safeParse({ serial: formData.get("serial") ?? "", name: formData.get("name") || undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path[0] === "name" ? "name" : "serial";
    const serial = String(formData.get("serial") ?? "").slice(0, 48);
    await setFlash("devices", { errors: { [field]: inLanguage(i18n, issue.message) }, values: { serial: hasControlCharacters(serial) ? "" : serial } }, PATH);
    redirect(PATH);
  }
  const added = await addDevice(me.id, parsed.data.serial, parsed.data.name);
  await setFlash("devices", added ? { notice: "added" } : { errors: { serial: i18n.t("account.errors.deviceTaken") } }, PATH);
  redirect(PATH);
}
