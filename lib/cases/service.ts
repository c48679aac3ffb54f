import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Queryable, type Tx } from "@/lib/db/client";
import { appSettings, caseEvents, devices, notifications, supportCases, users } from "@/lib/db/schema";
import { config } from "@/lib/config";
import { now } from "@/lib/clock";
import { notifyOutbox } from "@/lib/messaging/dispatcher";
import { enqueueMessage } from "@/lib/messaging/outbox";
import { seal, unseal } from "@/lib/security/seal";
import { issueResetCode } from "@/lib/devices/reset-code";
import type { SadpDevice } from "@/lib/devices/sadp-messages";
import type { CaseEventDetail } from "@/lib/db/json-types";
import type { CaseStatus } from "@/machines/support-case/definition";
import type { CaseEffect, CaseEvent, CaseRefusal } from "@/machines/support-case/implementations";
import { caseOptions, stepCase } from "@/machines/support-case/machine";
import { en } from "@/lib/messages/en";
import { translator, type Translator } from "@/lib/messages";

/**
 * Device password reset cases: opening one, the desk's actions through the case machine, notes and
 * messages, and what the customer sees. Every change is one transaction that also appends to the
 * audit trail (case_events, which the database refuses to update or delete).
 */

export type CaseRow = typeof supportCases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type Actor = CaseEvent["actor"];

const CODE_PURPOSE = "device-reset-code";
export const caseLabel = (n: number) => `C-${String(n).padStart(6, "0")}`;
export const AGENT_ROLES = ["support_agent", "admin"];

/** Why support rejects a case: the English words (what the audit trail keeps); the customer reads account.rejectReasons.<code>. */
export const rejectReasons = en.account.rejectReasons;
export type RejectReason = keyof typeof rejectReasons;

/** A case's status in English; pages say it with account.caseStatus.<status> in the reader's language. */
export const statusLabels: Record<CaseStatus, string> = en.account.caseStatus;

// --- settings -------------------------------------------------------------------------------

export type DeskSettings = { fourEyes: boolean };

export async function deskSettings(db?: Queryable): Promise<DeskSettings> {
  const [row] = await (db ?? (await getDb())).select().from(appSettings).where(eq(appSettings.key, "desk"));
  return { fourEyes: false, ...row?.value };
}

export async function saveDeskSettings(settings: DeskSettings): Promise<void> {
  const db = await getDb();
  await db
    .insert(appSettings)
    .values({ key: "desk", value: settings })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: settings, updatedAt: new Date(now()) } });
}

// --- messages to the customer -------------------------------------------------------------------

/** What the customer is told: account.notifications.texts.<kind>, with the case's label. */
export type NotificationKind = keyof typeof en.account.notifications.texts;

/** The kind of the in-app notification for each `what` (the email's text, emails.caseUpdate.<what>). */
const notificationKinds = {
  created: "submitted",
  approved: "approved",
  rejected: "rejected",
  question: "question",
  closed: "closed",
  message: "message",
} as const satisfies Record<string, NotificationKind>;

/**
 * Tells the customer in the app and by email or SMS. The notification keeps its kind and values, so
 * each reader sees it in their language, and the English words for anything that reads the row as
 * it is. `what` names the email's text (emails.caseUpdate.<what>), in the customer's language.
 */
async function tellCustomer(tx: Tx, c: CaseRow, key: string, what: keyof typeof notificationKinds) {
  const href = `/cases/${c.id}`;
  const kind = notificationKinds[what];
  const params = { label: caseLabel(c.number) };
  const text = translator("en").t(`account.notifications.texts.${kind}`, params);
  await tx.insert(notifications).values({ userId: c.userId, caseId: c.id, text, kind, params, href });
  const [user] = await tx.select({ email: users.email, phone: users.phone }).from(users).where(eq(users.id, c.userId));
  const to = user?.email ?? user?.phone;
  if (!to) return;
  await enqueueMessage(tx, {
    idempotencyKey: `case:${c.id}:${key}`,
    channel: user.email ? "email" : "sms",
    to,
    template: "case-update",
    data: { caseNumber: caseLabel(c.number), text, path: href, what },
    forAccount: c.userId,
  });
}

// --- opening a case ------------------------------------------------------------------------------

/** Open a case (inside the flow's transaction): the device joins the account, the customer is told. */
export async function openCase(
  tx: Tx,
  input: { userId: string; device: SadpDevice; photoId: string; photoBlurry: boolean; origin: string },
): Promise<{ id: string; number: number }> {
  const [user] = await tx.select({ email: users.emailLower }).from(users).where(eq(users.id, input.userId));
  const d = input.device;
  await tx
    .insert(devices)
    .values({ ownerId: input.userId, serial: d.serial, model: d.model, mac: d.mac, firmware: d.firmware, name: d.model || d.serial })
    .onConflictDoUpdate({ target: [devices.ownerId, devices.serial], set: { model: d.model, mac: d.mac, firmware: d.firmware } });
  const [row] = await tx
    .insert(supportCases)
    .values({
      userId: input.userId,
      userEmail: user?.email ?? null,
      device: d,
      serial: d.serial,
      photoId: input.photoId,
      photoBlurry: input.photoBlurry ? 1 : 0,
      createdAt: new Date(now()),
      updatedAt: new Date(now()),
    })
    .returning();
  await tx.insert(caseEvents).values({
    caseId: row.id,
    actorId: input.userId,
    actorRole: "customer",
    type: "created",
    visibility: "customer",
    detail: { serial: d.serial, model: d.model, photoBlurry: input.photoBlurry },
  });
  await tellCustomer(tx, row, `created:${input.origin}`, "created");
  return { id: row.id, number: row.number };
}

// --- desk actions through the machine --------------------------------------------------------

export type ActionResult =
  | { ok: true; status: CaseStatus }
  | { ok: false; code: "not_found" | "stale" | "not_allowed" | "invalid" | CaseRefusal; message: string };

const refusal = (code: Exclude<ActionResult, { ok: true }>["code"]): ActionResult => ({
  ok: false,
  code,
  message: {
    not_found: "That case does not exist.",
    stale: "The case changed while you were looking at it. Here it is as it is now.",
    not_allowed: "That is not possible for this case now.",
    invalid: "Something was not right. Please check and try again.",
    own_case: "Not done: a case you opened for yourself is decided by another agent.",
    same_approver: "Not done: you gave the first approval, so a different agent must give the second.",
  }[code],
});

/** What the trail says about a refused decision (agents read it; the customer never sees it). */
/** The English note a refused attempt leaves on the trail; eventBodyFor words it for each reader. */
const refusalNotes: Record<CaseRefusal, (type: string) => string> = {
  own_case: (type) => en.desk.talk[type === "REJECT" ? "refusedReject" : "refusedApprove"],
  same_approver: () => en.desk.talk.refusedSecondApproval,
};

/**
 * Send an event to a case: checked against the revision the actor saw (two agents cannot both
 * approve one view), decided by the case machine, applied with its effects and audit rows.
 */
export async function caseAction(
  actor: Actor,
  caseId: string,
  revision: number,
  type: string,
  input: { agentId?: string; reason?: RejectReason; text?: string } = {},
): Promise<ActionResult> {
  const db = await getDb();
  const touched: boolean[] = [];
  const result = await db.transaction(async (tx): Promise<ActionResult> => {
    const [c] = await tx.select().from(supportCases).where(eq(supportCases.id, caseId)).for("update");
    if (!c) return refusal("not_found");
    if (c.revision !== revision) return refusal("stale");
    if (input.agentId) {
      const [agent] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.agentId));
      if (!agent || !AGENT_ROLES.includes(agent.role)) return refusal("invalid");
    }
    const settings = await deskSettings(tx);
    const step = stepCase(c.status as CaseStatus, {
      type,
      actor,
      facts: { fourEyes: settings.fourEyes, firstApproverId: c.firstApproverId, ownerId: c.userId },
      input,
    });
    if (!step) return refusal("not_allowed");
    const refused = step.effects.find((e): e is Extract<CaseEffect, { kind: "refused" }> => e.kind === "refused");
    if (refused) {
      // The case stays as it was (same revision, so the agent's view is still current); only the
      // attempt is appended to the audit trail.
      await tx.insert(caseEvents).values({
        caseId: c.id,
        actorId: actor.id,
        actorRole: actor.role,
        type: "refused",
        visibility: "internal",
        body: refusalNotes[refused.reason](type),
        detail: { tried: type, reason: refused.reason, status: c.status },
      });
      return refusal(refused.reason);
    }
    const at = new Date(now());
    const changes: Partial<CaseRow> = { status: step.status, revision: c.revision + 1, updatedAt: at };
    if (type === "REJECT") {
      changes.rejectReason = input.reason ?? "other";
      changes.rejectText = input.text?.slice(0, 1000) || null;
    }
    if (step.status === "closed") changes.closedAt = at;
    const detail: CaseEventDetail = { from: c.status, to: step.status };
    for (const e of step.effects) {
      if (e.kind === "assign") {
        changes.assigneeId = e.agentId;
        detail.assignee = e.agentId;
      } else if (e.kind === "decision") {
        if (!c.firstDecisionAt) changes.firstDecisionAt = at;
      } else if (e.kind === "firstApproval") {
        changes.firstApproverId = e.agentId;
      } else if (e.kind === "issueResetCode") {
        const expiresAt = now() + config.resetCodeValidHours * 60 * 60_000;
        changes.resetCodeSealed = seal(CODE_PURPOSE, issueResetCode(config.deviceVendorKey, c.serial, expiresAt));
        changes.resetCodeExpiresAt = new Date(expiresAt);
        detail.codeExpiresAt = new Date(expiresAt).toISOString(); // never the code itself
      } else if (e.kind === "codeUsed") {
        changes.resetCodeUsedAt = at;
      }
    }
    await tx.update(supportCases).set(changes).where(eq(supportCases.id, c.id));
    const updated = { ...c, ...changes } as CaseRow;
    const customerSees = ["APPROVE", "REJECT", "RESET_APPLIED", "CLOSE", "ASK_CUSTOMER"].includes(type) && step.status !== "awaiting_second_approval";
    await tx.insert(caseEvents).values({
      caseId: c.id,
      actorId: actor.role === "system" ? null : actor.id,
      actorRole: actor.role,
      type: type.toLowerCase(),
      visibility: customerSees ? "customer" : "internal",
      body: type === "REJECT" ? (input.reason === "other" ? input.text : rejectReasons[input.reason ?? "other"]) ?? null : type === "ASK_CUSTOMER" ? input.text ?? null : null,
      detail: { ...detail, ...(type === "REJECT" ? { reason: input.reason } : {}) },
    });
    for (const e of step.effects) {
      if (e.kind === "notify") {
        await tellCustomer(tx, updated, `${e.what}:${updated.revision}`, e.what);
        touched.push(true);
      }
    }
    return { ok: true, status: step.status };
  });
  if (touched.length) notifyOutbox();
  return result;
}

/** What `actor` can do on case `c` now, as the case machine decides it with the case's facts (see caseOptions). */
export async function caseOptionsFor(c: CaseRow, actor: Actor) {
  const settings = await deskSettings();
  return caseOptions(c.status as CaseStatus, actor, { fourEyes: settings.fourEyes, firstApproverId: c.firstApproverId, ownerId: c.userId });
}

/** An internal note (agents only) or a message to the customer; neither changes the status. */
export async function addNote(actor: Actor, caseId: string, body: string, visibility: "internal" | "customer"): Promise<ActionResult> {
  const db = await getDb();
  let told = false;
  const result = await db.transaction(async (tx): Promise<ActionResult> => {
    const [c] = await tx.select().from(supportCases).where(eq(supportCases.id, caseId)).for("update");
    if (!c) return refusal("not_found");
    if (c.status === "closed") return refusal("not_allowed");
    await tx.insert(caseEvents).values({ caseId, actorId: actor.id, actorRole: actor.role, type: visibility === "internal" ? "note" : "message", visibility, body: body.slice(0, 4000) });
    await tx.update(supportCases).set({ revision: c.revision + 1, updatedAt: new Date(now()) }).where(eq(supportCases.id, caseId));
    if (visibility === "customer") {
      await tellCustomer(tx, c, `message:${c.revision + 1}`, "message");
      told = true;
    }
    return { ok: true, status: c.status as CaseStatus };
  });
  if (told) notifyOutbox();
  return result;
}

/** The customer answers on their own case; a case waiting for them goes back to review. */
export async function customerReply(userId: string, caseId: string, body: string): Promise<ActionResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<ActionResult> => {
    const [c] = await tx.select().from(supportCases).where(and(eq(supportCases.id, caseId), eq(supportCases.userId, userId))).for("update");
    if (!c) return refusal("not_found");
    if (c.status === "closed" || c.status === "rejected") return refusal("not_allowed");
    const next = c.status === "waiting_customer" ? stepCase("waiting_customer", { type: "CUSTOMER_REPLY", actor: { id: userId, role: "customer" }, facts: { ownerId: c.userId }, input: {} }) : null;
    await tx.insert(caseEvents).values({ caseId, actorId: userId, actorRole: "customer", type: "reply", visibility: "customer", body: body.slice(0, 4000), detail: next ? { from: c.status, to: next.status } : {} });
    await tx
      .update(supportCases)
      .set({ revision: c.revision + 1, updatedAt: new Date(now()), ...(next ? { status: next.status } : {}) })
      .where(eq(supportCases.id, caseId));
    return { ok: true, status: (next?.status ?? c.status) as CaseStatus };
  });
}

// --- reading ---------------------------------------------------------------------------------------

/** A case only its owner may see (null for anyone else: the same answer as for a case that does not exist). */
export async function caseForOwner(userId: string, caseId: string): Promise<CaseRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(caseId)) return null;
  const db = await getDb();
  const [c] = await db.select().from(supportCases).where(and(eq(supportCases.id, caseId), eq(supportCases.userId, userId)));
  return c ?? null;
}

/** Who opened a case, for the desk: the account's contact and its last 20 cases. */
export async function caseOwnerOverview(userId: string) {
  const db = await getDb();
  const [[owner], others] = await Promise.all([
    db.select({ username: users.username, email: users.email, phone: users.phone }).from(users).where(eq(users.id, userId)),
    db.select().from(supportCases).where(eq(supportCases.userId, userId)).orderBy(desc(supportCases.createdAt)).limit(20),
  ]);
  return { owner, others };
}

export async function caseById(caseId: string): Promise<CaseRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(caseId)) return null;
  const db = await getDb();
  const [c] = await db.select().from(supportCases).where(eq(supportCases.id, caseId));
  return c ?? null;
}

export async function casesOfUser(userId: string): Promise<CaseRow[]> {
  const db = await getDb();
  return db.select().from(supportCases).where(eq(supportCases.userId, userId)).orderBy(desc(supportCases.createdAt)).limit(100);
}

/** The trail of a case; customers see only what was meant for them. */
export async function caseHistory(caseId: string, audience: "customer" | "agent"): Promise<(CaseEventRow & { actorName: string | null })[]> {
  const db = await getDb();
  const rows = await db
    .select({ event: caseEvents, actorName: users.username })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorId))
    .where(audience === "customer" ? and(eq(caseEvents.caseId, caseId), eq(caseEvents.visibility, "customer")) : eq(caseEvents.caseId, caseId))
    .orderBy(caseEvents.id);
  return rows.map((r) => ({ ...r.event, actorName: audience === "customer" && r.event.actorRole === "agent" ? "Support" : r.actorName }));
}

/** The reset code for its owner while it can still be used; agents have no path to it. */
export function resetCodeFor(c: CaseRow): { code: string; expiresAt: Date } | null {
  if (c.status !== "approved" || !c.resetCodeSealed || !c.resetCodeExpiresAt || c.resetCodeUsedAt) return null;
  if (c.resetCodeExpiresAt.getTime() <= now()) return null;
  const code = unseal(CODE_PURPOSE, c.resetCodeSealed);
  return code ? { code, expiresAt: c.resetCodeExpiresAt } : null;
}

export async function agents(): Promise<{ id: string; username: string }[]> {
  const db = await getDb();
  return db.select({ id: users.id, username: users.username }).from(users).where(sql`${users.role} in ('support_agent', 'admin')`).orderBy(users.username);
}

export async function recordCaseEvent(tx: Queryable, caseId: string, actor: Actor | null, type: string, detail: CaseEventDetail, visibility: "internal" | "customer" = "internal", body?: string) {
  await tx.insert(caseEvents).values({ caseId, actorId: actor && actor.role !== "system" ? actor.id : null, actorRole: actor?.role ?? "system", type, visibility, body, detail });
}

// --- what the customer reads, in their language ------------------------------------------------

type StoredNotification = { text: string; kind: string | null; params: Record<string, string> | null };

/** A notification in the reader's language; a row stored before kinds (English words only) as it is. */
export function notificationText(i18n: Translator, n: StoredNotification): string {
  const key = `account.notifications.texts.${n.kind}`;
  if (!n.kind || !i18n.has(key)) return n.text;
  return i18n.t(key, n.params ?? {});
}

/**
 * A history entry's words for its reader (the customer's history and the desk's audit trail): a
 * rejection with a listed reason and the trail's own refusal notes read in the reader's language (the
 * codes are in the event's detail; the body keeps the English words); the agent's own words (a reason
 * "other", a question, a message, a note) as they were written.
 */
export function eventBodyFor(i18n: Translator, e: Pick<CaseEventRow, "type" | "body" | "detail">): string | null {
  const reason = e.detail?.reason;
  if (e.type === "reject" && reason && reason !== "other" && Object.hasOwn(rejectReasons, reason)) return i18n.t(`account.rejectReasons.${reason as RejectReason}`);
  if (e.type === "refused" && reason === "same_approver") return i18n.t("desk.talk.refusedSecondApproval");
  if (e.type === "refused" && reason === "own_case") return i18n.t(e.detail?.tried === "REJECT" ? "desk.talk.refusedReject" : "desk.talk.refusedApprove");
  return e.body;
}
