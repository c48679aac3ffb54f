import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { supportCases, users } from "@/lib/db/schema";
import { caseStatuses, type CaseStatus } from "@/machines/support-case/definition";

/**
 * The desk's queue: filters, search and keyset pagination on (created_at, id), so page 500 costs
 * the same as page 1 (an index range scan, never an OFFSET) with 100,000 cases.
 */

export type QueueFilter = {
  status: CaseStatus | "open" | "all";
  assigned?: "me" | "none";
  q?: string;
  /** oldest first (longest waiting, the SLA view) or newest first */
  sort: "oldest" | "newest";
  after?: string;
  limit?: number;
};

export type QueueRow = {
  id: string;
  number: number;
  status: string;
  serial: string;
  userEmail: string | null;
  createdAt: Date;
  firstDecisionAt: Date | null;
  assignee: string | null;
  photoBlurry: number;
};

const OPEN: CaseStatus[] = ["new", "in_review", "waiting_customer", "awaiting_second_approval"];

export function parseCursor(after: string | undefined): { at: Date; id: string } | null {
  const m = /^(\d{13})_([0-9a-f-]{36})$/i.exec(after ?? "");
  return m ? { at: new Date(Number(m[1])), id: m[2] } : null;
}

export const cursorOf = (r: { createdAt: Date; id: string }) => `${r.createdAt.getTime()}_${r.id}`;

/** What a search box entry means: a case number, an email, or a serial number (prefix). */
function searchCondition(q: string): SQL | undefined {
  const t = q.trim();
  if (!t) return undefined;
  const number = /^c?-?0*(\d{1,12})$/i.exec(t);
  if (number) return eq(supportCases.number, Number(number[1]));
  if (t.includes("@")) return eq(supportCases.userEmail, t.toLowerCase());
  return sql`${supportCases.serial} like ${t.replace(/[\\%_]/g, "\\$&").toUpperCase() + "%"}`;
}

export async function listQueue(agentId: string, f: QueueFilter): Promise<{ rows: QueueRow[]; next: string | null }> {
  const db = await getDb();
  const limit = Math.min(Math.max(f.limit ?? 25, 1), 100);
  const conditions: (SQL | undefined)[] = [];
  if (f.status === "open") conditions.push(inArray(supportCases.status, OPEN));
  else if (f.status !== "all" && caseStatuses.includes(f.status)) conditions.push(eq(supportCases.status, f.status));
  if (f.assigned === "me") conditions.push(eq(supportCases.assigneeId, agentId));
  if (f.assigned === "none") conditions.push(isNull(supportCases.assigneeId));
  if (f.q) conditions.push(searchCondition(f.q));
  const cursor = parseCursor(f.after);
  if (cursor) {
    conditions.push(
      f.sort === "oldest"
        ? or(gt(supportCases.createdAt, cursor.at), and(eq(supportCases.createdAt, cursor.at), gt(supportCases.id, cursor.id)))
        : or(lt(supportCases.createdAt, cursor.at), and(eq(supportCases.createdAt, cursor.at), lt(supportCases.id, cursor.id))),
    );
  }
  const order = f.sort === "oldest" ? [asc(supportCases.createdAt), asc(supportCases.id)] : [desc(supportCases.createdAt), desc(supportCases.id)];
  const rows = await db
    .select({
      id: supportCases.id,
      number: supportCases.number,
      status: supportCases.status,
      serial: supportCases.serial,
      userEmail: supportCases.userEmail,
      createdAt: supportCases.createdAt,
      firstDecisionAt: supportCases.firstDecisionAt,
      assignee: users.username,
      photoBlurry: supportCases.photoBlurry,
    })
    .from(supportCases)
    .leftJoin(users, eq(users.id, supportCases.assigneeId))
    .where(and(...conditions.filter(Boolean)))
    .orderBy(...order)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, next: rows.length > limit ? cursorOf(page[page.length - 1]) : null };
}

/** Time to first decision: how long the case has waited, or how long its first decision took. */
export function slaMinutes(r: { createdAt: Date; firstDecisionAt: Date | null }, at: number): { minutes: number; decided: boolean } {
  const end = r.firstDecisionAt?.getTime() ?? at;
  return { minutes: Math.max(0, Math.round((end - r.createdAt.getTime()) / 60_000)), decided: !!r.firstDecisionAt };
}

export function formatMinutes(m: number): string {
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) return `${Math.floor(m / 60)} h ${m % 60} min`;
  return `${Math.floor(m / 1440)} d ${Math.floor((m % 1440) / 60)} h`;
}
