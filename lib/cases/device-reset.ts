import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb, type Queryable } from "@/lib/db/client";
import { caseEvents, supportCases } from "@/lib/db/schema";
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
    // "Already used" right after a try the device never answered: that try most likely reached it
    // and only its answer was lost, so the new password is probably set. Say so instead of a dead end.
    const words = answer.reason === "used" && (await lastTryUnanswered(db, c.id)) ? (l: Translator) => l.t("deviceReset.usedAfterNoAnswer") : (l: Translator) => refusal(answer.reason, l);
    await recordCaseEvent(db, c.id, { id: userId, role: "customer" }, "reset_refused", { reason: answer.reason }, "customer", words(english));
    return { ok: false, message: words(i18n) };
  }
  const [fresh] = await db.select({ revision: supportCases.revision }).from(supportCases).where(eq(supportCases.id, c.id));
  const done = await caseAction({ id: userId, role: "customer" }, c.id, fresh.revision, "RESET_APPLIED");
  if (!done.ok) return { ok: false, message: done.message };
  return { ok: true };
}

/**
 * Whether the last try that reached a verdict before the device's "already used" answers got no
 * answer at all (a successful try closes the case, so only refusals are on the way).
 */
async function lastTryUnanswered(db: Queryable, caseId: string): Promise<boolean> {
  const refused = await db
    .select({ detail: caseEvents.detail })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, "reset_refused")))
    .orderBy(desc(caseEvents.id))
    .limit(20);
  return refused.find((e) => e.detail?.reason !== "used")?.detail?.reason === "no_answer";
}
