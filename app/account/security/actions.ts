"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { requireUser } from "@/lib/auth/guard";
import { changePassword, endOtherSessions, endSession, setTwoFactor } from "@/lib/accounts/security";
import { forgetDevice } from "@/lib/auth/devices";
import { setFlash } from "@/lib/http/flash";
import { plainText } from "@/lib/validation/plain-text";
import { getTranslator } from "@/lib/i18n/request";
import { inLanguage } from "@/lib/i18n/words";
import type { Translator } from "@/lib/messages";

const PATH = "/account/security";

async function me() {
  const user = await requireUser(PATH);
  const session = await auth();
  return { userId: user.id, sessionId: session!.sessionId };
}

export async function endSessionAction(formData: FormData): Promise<void> {
  const { userId, sessionId } = await me();
  const target = z.uuid().safeParse(formData.get("sessionId"));
  if (!target.success || target.data === sessionId) {
    await setFlash("security", { notice: "session_invalid" }, PATH);
    redirect(PATH);
  }
  const ended = await endSession(userId, target.data);
  await setFlash("security", { notice: ended ? "session_ended" : "session_invalid" }, PATH);
  redirect(PATH);
}

export async function endOtherSessionsAction(): Promise<void> {
  const { userId, sessionId } = await me();
  const count = await endOtherSessions(userId, sessionId);
  await setFlash("security", { notice: count ? "others_ended" : "no_others" }, PATH);
  redirect(PATH);
}

const passwordForm = (i18n: Translator) =>
  z.object({
    // Only compared with the hash: an older password may hold anything.
    currentPassword: z.string().min(1, i18n.t("account.errors.currentPassword")).max(1024),
    newPassword: plainText().min(1, i18n.t("account.errors.newPassword")).max(1024),
    confirmPassword: plainText().max(1024),
  });

export async function changePasswordAction(formData: FormData): Promise<void> {
  const { userId, sessionId } = await me();
  const i18n = await getTranslator();
  const parsed = passwordForm(i18n).safeParse({
    currentPassword: formData.get("currentPassword") ?? "",
    newPassword: formData.get("newPassword") ?? "",
    confirmPassword: formData.get("confirmPassword") ?? "",
  });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), inLanguage(i18n, i.message)]));
    await setFlash("security", { errors }, PATH);
    redirect(PATH);
  }
  const result = await changePassword(userId, sessionId, parsed.data, i18n);
  await setFlash("security", result.ok ? { notice: "password_changed" } : { errors: { [result.field]: inLanguage(i18n, result.message) } }, PATH);
  redirect(PATH);
}

export async function forgetDeviceAction(formData: FormData): Promise<void> {
  const { userId } = await me();
  const target = z.uuid().safeParse(formData.get("deviceId"));
  const forgotten = target.success && (await forgetDevice(userId, target.data));
  await setFlash("security", { notice: forgotten ? "device_forgotten" : "device_invalid" }, PATH);
  redirect(PATH);
}

const twoFactorForm = z.object({ enable: z.enum(["on", "off"]), currentPassword: z.string().max(1024) });

export async function twoFactorAction(formData: FormData): Promise<void> {
  const { userId } = await me();
  const parsed = twoFactorForm.safeParse({ enable: formData.get("enable"), currentPassword: formData.get("currentPassword") ?? "" });
  if (!parsed.success) {
    await setFlash("security", { notice: "two_factor_invalid" }, PATH);
    redirect(PATH);
  }
  const on = parsed.data.enable === "on";
  const i18n = await getTranslator();
  if (!on && !parsed.data.currentPassword) {
    await setFlash("security", { errors: { twoFactorPassword: i18n.t("account.errors.twoFactorPassword") } }, PATH);
    redirect(PATH);
  }
  const result = await setTwoFactor(userId, on, parsed.data.currentPassword);
  await setFlash("security", result.ok ? { notice: on ? "two_factor_on" : "two_factor_off" } : { errors: { twoFactorPassword: inLanguage(i18n, result.message) } }, PATH);
  redirect(PATH);
}
