"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { addDevice } from "@/lib/devices/accounts";
import { setFlash } from "@/lib/http/flash";
import { hasControlCharacters, plainText } from "@/lib/validation/plain-text";

const PATH = "/account/devices";
const form = z.object({
  serial: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{9,48}$/, "Enter the serial number from the device label (9 to 48 letters, digits or dashes)."),
  name: plainText().trim().max(60, "Use at most 60 characters.").optional(),
});

export async function addDeviceAction(formData: FormData): Promise<void> {
  const me = await requireUser(PATH);
  const parsed = form.safeParse({ serial: formData.get("serial") ?? "", name: formData.get("name") || undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path[0] === "name" ? "name" : "serial";
    const serial = String(formData.get("serial") ?? "").slice(0, 48);
    await setFlash("devices", { errors: { [field]: issue.message }, values: { serial: hasControlCharacters(serial) ? "" : serial } }, PATH);
    redirect(PATH);
  }
  const added = await addDevice(me.id, parsed.data.serial, parsed.data.name);
  await setFlash("devices", added ? { notice: "added" } : { errors: { serial: "This device is already on your account." } }, PATH);
  redirect(PATH);
}
