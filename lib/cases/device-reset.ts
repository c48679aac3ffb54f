import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { supportCases } from "@/lib/db/schema";
import { config } from "@/lib/config";
import { checkDevicePassword, devicePasswordMessage } from "@/lib/devices/device-password";
import { parseTarget, sendResetPassword } from "@/lib/devices/sadp-client";
import { translator, type Translator } from "@/lib/messages";
import { caseAction, caseForOwner, recordCaseEvent, resetCodeFor } from "./service";

export type DeviceResetResult =
  | { ok: true }
  | { ok: false; field?: "password" | "confirmPassword"; message: string };

/** The device's answer in words (lib/messages/en/core.ts, `deviceReset`); an unknown reason reads as a refused code. */
const refusal = (reason: string, i18n: Translator) => i18n.tOr(`deviceReset.answers.${reason}`, "deviceReset.answers.code");
const english = translator("en");

/**
 * Apply a new device password with the case's reset code, through SADP. The code never leaves the
 * server except to the device; the device's answer (or silence) is recorded on the case.
 */
export async function applyDeviceReset(
  userId: string,
  caseId: string,
  password: string,
  confirmPassword: string,
  /** The language of the answer's message (the request's); the case history keeps the English. */
  i18n: Translator = english,
): Promise<DeviceResetResult> {
  const { t } = i18n;
  const c = await caseForOwner(userId, caseId);
  if (!c) return { ok: false, message: t("common.caseNotFound") };
  const problem = checkDevicePassword(password, "admin");
  if (problem) return { ok: false, field: "password", message: devicePasswordMessage(problem, i18n) };
  if (password !== confirmPassword) return { ok: false, field: "confirmPassword", message: t("deviceReset.mismatch") };
  const code = resetCodeFor(c);
  if (!code) return { ok: false, message: c.resetCodeUsedAt ? t("deviceReset.answers.used") : t("deviceReset.no_code") };
  const target = parseTarget(config.sadpTarget);
  if (!target) return { ok: false, message: t("deviceReset.no_scan") };
  const answer = await sendResetPassword({ target, device: { mac: c.device.mac }, code: code.code, password });
  const db = await getDb();
  if (!answer.ok) {
    await recordCaseEvent(db, c.id, { id: userId, role: "customer" }, "reset_refused", { reason: answer.reason }, "customer", refusal(answer.reason, english));
    return { ok: false, message: refusal(answer.reason, i18n) };
  }
  const [fresh] = await db.select({ revision: supportCases.revision }).from(supportCases).where(eq(supportCases.id, c.id));
  const done = await caseAction({ id: userId, role: "customer" }, c.id, fresh.revision, "RESET_APPLIED");
  if (!done.ok) return { ok: false, message: done.message };
  return { ok: true };
}
