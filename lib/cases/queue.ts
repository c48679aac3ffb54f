import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db } from "@/lib/db/client";
import { supportCases, users } from "@/lib/db/schema";
import { caseStatuses, type CaseStatus } from "@/machines/support-case/definition";
import { hasControlCharacters } from "@/lib/validation/plain-text";
import { USERNAME_PATTERN } from "@/lib/security/usernames";

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
  customer: string | null;
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

const customers = alias(users, "customer");

/**
 * Ids of the accounts whose user name or email (stored lower-case) is exactly `lower`. Looked up
 * first, so the case query gets literal ids: the planner then combines the trigram index with the
 * user index (BitmapOr) instead of filtering the whole queue against a subquery.
 */
async function accountIds(db: Db, column: "usernameLower" | "emailLower", lower: string): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users[column], lower)).limit(10);
  return rows.map((r) => r.id);
}

const ofAccounts = (ids: string[]) => (ids.length ? inArray(supportCases.userId, ids) : undefined);

/**
 * What a search box entry means: a case number ("C-000042", "c42", "42"), any part of a serial
 * number (the trigram index answers '%X%' for three characters or more), or the customer's user name
 * or email, compared without case. Digits alone may be a case number or part of a serial: both match.
 */
async function searchCondition(db: Db, q: string): Promise<SQL | undefined> {
  const t = q.trim();
  if (!t) return undefined;
  const lower = t.toLowerCase();
  const number = /^(?:c-?)?0*(\d{1,12})$/i.exec(t);
  const byNumber = number ? eq(supportCases.number, Number(number[1])) : undefined;
  if (number && !/^\d{3,}$/.test(t)) return byNumber;
  if (t.includes("@")) return or(eq(supportCases.userEmail, lower), ofAccounts(await accountIds(db, "emailLower", lower)));
  const bySerial = sql`${supportCases.serial} ilike ${"%" + t.replace(/[\\%_]/g, "\\$&") + "%"}`;
  if (byNumber) return or(byNumber, bySerial);
  const byName = USERNAME_PATTERN.test(t) ? ofAccounts(await accountIds(db, "usernameLower", lower)) : undefined;
  return or(bySerial, byName);
}

export async function listQueue(agentId: string, f: QueueFilter): Promise<{ rows: QueueRow[]; next: string | null }> {
  const db = await getDb();
  const limit = Math.min(Math.max(f.limit ?? 25, 1), 100);
  const conditions: (SQL | undefined)[] = [];
  if (f.status === "open") conditions.push(inArray(supportCases.status, OPEN));
  else if (f.status !== "all" && caseStatuses.includes(f.status)) conditions.push(eq(supportCases.status, f.status));
  if (f.assigned === "me") conditions.push(eq(supportCases.assigneeId, agentId));
  if (f.assigned === "none") conditions.push(isNull(supportCases.assigneeId));
  if (f.q) conditions.push(await searchCondition(db, f.q));
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
      customer: customers.username,
      createdAt: supportCases.createdAt,
      firstDecisionAt: supportCases.firstDecisionAt,
      assignee: users.username,
      photoBlurry: supportCases.photoBlurry,
    })
    .from(supportCases)
    .leftJoin(users, eq(users.id, supportCases.assigneeId))
    .leftJoin(customers, eq(customers.id, supportCases.userId))
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

/**
 * The queue's filter as the desk's links carry it (`?status=&assigned=&q=&sort=`), so the case page's
 * Next case / Previous case follow the list the agent came from. Anything unknown falls back to the
 * default view (open cases, waiting longest first); a search with control characters is not run.
 */
export function queueFilterOf(sp: Record<string, string | string[] | undefined>): { filter: QueueFilter; badSearch: boolean } {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : undefined);
  const typed = one("q")?.slice(0, 100);
  const badSearch = typed !== undefined && hasControlCharacters(typed);
  const status = one("status");
  const assigned = one("assigned");
  return {
    badSearch,
    filter: {
      status: status === "all" ? "all" : (caseStatuses as string[]).includes(status ?? "") ? (status as CaseStatus) : "open",
      assigned: assigned === "me" || assigned === "none" ? assigned : undefined,
      q: badSearch || !typed?.trim() ? undefined : typed,
      sort: one("sort") === "newest" ? "newest" : "oldest",
      after: one("after"),
    },
  };
}

/** The query string that reproduces `f` (defaults left out), with `extra` on top. */
export function queueQuery(f: QueueFilter, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (f.status !== "open") p.set("status", f.status);
  if (f.assigned) p.set("assigned", f.assigned);
  if (f.q) p.set("q", f.q);
  if (f.sort !== "oldest") p.set("sort", f.sort);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The cases just before and after `current` in the queue order of `f` (each an index range scan of one row). */
export async function queueNeighbours(
  agentId: string,
  f: QueueFilter,
  current: { createdAt: Date; id: string },
): Promise<{ previous: string | null; next: string | null }> {
  const after = cursorOf(current);
  const [next, previous] = await Promise.all([
    listQueue(agentId, { ...f, after, limit: 1 }),
    listQueue(agentId, { ...f, sort: f.sort === "oldest" ? "newest" : "oldest", after, limit: 1 }),
  ]);
  return { previous: previous.rows[0]?.id ?? null, next: next.rows[0]?.id ?? null };
}
