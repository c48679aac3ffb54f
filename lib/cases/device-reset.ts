import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { supportCases } from "@/lib/db/schema";
import { config } from "@/lib/config";
import { checkDevicePassword, devicePasswordMessages } from "@/lib/devices/device-password";
import { parseTarget, sendResetPassword } from "@/lib/devices/sadp-client";
import { caseAction, caseForOwner, recordCaseEvent, resetCodeFor } from "./service";

export type DeviceResetResult =
  | { ok: true }
  | { ok: false; field?: "password" | "confirmPassword"; message: string };

const refusals: Record<string, string> = {
  code: "The device did not accept the reset code. Open a new case if this keeps happening.",
  expired: "The reset code has expired. Open a new case to get a new one.",
  used: "This reset code was already used on the device.",
  password: "The device refused this password. Check the rules and try another one.",
  no_answer: "The device did not answer. Make sure it is switched on and on the same network, then try again.",
};

/**
 * Apply a new device password with the case's reset code, through SADP. The code never leaves the
 * server except to the device; the device's answer (or silence) is recorded on the case.
 */
export async function applyDeviceReset(userId: string, caseId: string, password: string, confirmPassword: string): Promise<DeviceResetResult> {
  const c = await caseForOwner(userId, caseId);
  if (!c) return { ok: false, message: "That case does not exist." };
  const problem = checkDevicePassword(password, "admin");
  if (problem) return { ok: false, field: "password", message: devicePasswordMessages[problem] };
  if (password !== confirmPassword) return { ok: false, field: "confirmPassword", message: "The passwords do not match." };
  const code = resetCodeFor(c);
  if (!code) return { ok: false, message: c.resetCodeUsedAt ? refusals.used : "There is no usable reset code on this case." };
  const target = parseTarget(config.sadpTarget);
  if (!target) return { ok: false, message: "The LAN scan is not configured on this server." };
  const answer = await sendResetPassword({ target, device: { mac: c.device.mac }, code: code.code, password });
  const db = await getDb();
  if (!answer.ok) {
    await recordCaseEvent(db, c.id, { id: userId, role: "customer" }, "reset_refused", { reason: answer.reason }, "customer", refusals[answer.reason] ?? refusals.code);
    return { ok: false, message: refusals[answer.reason] ?? refusals.code };
  }
  const [fresh] = await db.select({ revision: supportCases.revision }).from(supportCases).where(eq(supportCases.id, c.id));
  const done = await caseAction({ id: userId, role: "customer" }, c.id, fresh.revision, "RESET_APPLIED");
  if (!done.ok) return { ok: false, message: done.message };
  return { ok: true };
}
