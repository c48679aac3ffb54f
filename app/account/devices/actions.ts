"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { addDevice } from "@/lib/devices/accounts";
import { setFlash } from "@/lib/http/flash";

const PATH = "/account/devices";
const form = z.object({
  serial: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{9,48}$/, "Enter the serial number from the device label (9 to 48 letters, digits or dashes)."),
  name: z.string().trim().max(60, "Use at most 60 characters.").optional(),
});

export async function addDeviceAction(formData: FormData): Promise<void> {
  const me = await requireUser(PATH);
  const parsed = form.safeParse({ serial: formData.get("serial") ?? "", name: formData.get("name") || undefined });
  if (!parsed.success) {
    await setFlash("devices", { errors: { serial: parsed.error.issues[0].message }, values: { serial: String(formData.get("serial") ?? "").slice(0, 48) } }, PATH);
    redirect(PATH);
  }
  const added = await addDevice(me.id, parsed.data.serial, parsed.data.name);
  await setFlash("devices", added ? { notice: "added" } : { errors: { serial: "This device is already on your account." } }, PATH);
  redirect(PATH);
}
