import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@/lib/db/client";
import { supportCases, users } from "@/lib/db/schema";
import type { CaseDevice } from "@/lib/db/json-types";
import { listQueue, queueNeighbours, type QueueFilter } from "@/lib/cases/queue";
import { useFlowDatabase } from "./db";

/** The desk's search and its Next case / Previous case, on the database the app runs on (PGlite or PostgreSQL). */
const database = useFlowDatabase();

async function account(username: string, email: string) {
  const [u] = await database()
    .insert(users)
    .values({ username, usernameLower: username.toLowerCase(), email, emailLower: email.toLowerCase(), country: "US", role: "user", passwordHash: "x" })
    .returning();
  return u;
}

async function seed() {
  const agent = await account("queue_agent", "queue.agent@example.com");
  const ana = await account("Ana_Desk", "Ana.Desk@Example.com");
  const bo = await account("bo_other", "bo@example.com");
  const serials = [
    [ana, "DS2CD0000123ABC"],
    [bo, "DS7K0042XYZ9"],
    [ana, "DS9Q5550001MID"],
    [bo, "DS1A0000999ZZ"],
  ] as const;
  const base = Date.UTC(2026, 10, 1);
  const rows = [];
  for (const [i, [owner, serial]] of serials.entries()) {
    const [c] = await database()
      .insert(supportCases)
      .values({ userId: owner.id, userEmail: owner.emailLower, serial, device: { serial } as CaseDevice, createdAt: new Date(base + i * 60_000) })
      .returning();
    rows.push(c);
  }
  return { agent, ana, bo, cases: rows };
}

const all: QueueFilter = { status: "all", sort: "oldest" };

describe("desk queue search", () => {
  it("finds a case by number, any part of a serial, the customer's user name or email, ignoring case", async () => {
    const { agent, cases } = await seed();
    const found = async (q: string) => (await listQueue(agent.id, { ...all, q })).rows.map((r) => r.serial).sort();
    const [first, second, third] = cases;
    // Case number with or without "C-" and leading zeros.
    for (const q of [`C-${String(second.number).padStart(6, "0")}`, `c${second.number}`, String(second.number), `0${second.number}`]) {
      expect(await found(q), q).toEqual([second.serial]);
    }
    // Serial: suffix, middle and prefix, any case.
    expect(await found("23abc")).toEqual([first.serial]);
    expect(await found("555000")).toEqual([third.serial]);
    expect(await found("xyz")).toEqual([second.serial]);
    expect(await found("ds2cd")).toEqual([first.serial]);
    // Customer user name and email, case-insensitive, exact.
    expect(await found("ANA_DESK")).toEqual([first.serial, third.serial].sort());
    expect(await found("ana.desk@EXAMPLE.com")).toEqual([first.serial, third.serial].sort());
    // Wildcards are text, not patterns; nothing unknown matches.
    expect(await found("%")).toEqual([]);
    expect(await found("_")).toEqual([]);
    expect(await found("nobody@example.com")).toEqual([]);
    // The queue row names the customer.
    const row = (await listQueue(agent.id, { ...all, q: "23ABC" })).rows[0];
    expect(row.customer).toBe("Ana_Desk");
  });

  it("answers a serial search from the trigram index", async () => {
    const db = database();
    await db.execute(sql`set enable_seqscan = off`);
    try {
      const plan = await queryRows<Record<string, string>>(db, sql`explain select id from support_cases where serial ilike '%0123ABC%'`);
      expect(plan.map((r) => Object.values(r)[0]).join("\n")).toContain("support_cases_serial_trgm_idx");
    } finally {
      await db.execute(sql`set enable_seqscan = on`);
    }
  });

  it("gives the previous and next case in the queue order the agent came from", async () => {
    const agent = await account("queue_agent2", "queue.agent2@example.com");
    const rows = (await listQueue(agent.id, { ...all, limit: 100 })).rows;
    const [a, b, c] = rows;
    expect(await queueNeighbours(agent.id, all, b)).toEqual({ previous: a.id, next: c.id });
    expect((await queueNeighbours(agent.id, all, a)).previous).toBeNull();
    expect(await queueNeighbours(agent.id, { ...all, sort: "newest" }, b)).toEqual({ previous: c.id, next: a.id });
    // Within a search: Ana's two cases only.
    const anas = (await listQueue(agent.id, { ...all, q: "ana_desk" })).rows;
    expect(anas).toHaveLength(2);
    expect(await queueNeighbours(agent.id, { ...all, q: "ana_desk" }, anas[0])).toEqual({ previous: null, next: anas[1].id });
  });
});
