import { afterEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { POST as startFlowRoute } from "@/app/api/flows/[flow]/route";
import { advanceClock, now, resetClock } from "@/lib/clock";
import { check, credit, deleteExpiredCounters, hit, limits, type Limit } from "@/lib/security/rate-limit";
import { rateLimits } from "@/lib/db/schema";
import { queryRows } from "@/lib/db/client";
import { useFlowDatabase } from "./db";

/**
 * Per-client limits as an attacker meets them: through the flow API's start route (which reads the
 * client address from the request headers) and through the counters in the database.
 */
const database = useFlowDatabase();
afterEach(() => {
  vi.useRealTimers();
  resetClock();
  vi.unstubAllEnvs();
});

const FLOW_STARTS = limits.flowStartsPerClient.max;

/** POST /api/flows/user-registration with these headers; the HTTP status (201 started, 429 limited). */
async function start(headers: Record<string, string>): Promise<number> {
  const request = new Request("http://gatehouse.test/api/flows/user-registration", { method: "POST", headers });
  const response = await startFlowRoute(request, { params: Promise.resolve({ flow: "user-registration" }) });
  return response.status;
}

async function startMany(n: number, headers: (i: number) => Record<string, string>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push(await start(headers(i)));
  return statuses;
}

/** Move the app clock to `msBefore` before the next multiple of `windowMs` (where a fixed window would restart). */
function toBoundary(windowMs: number, msBefore: number) {
  const t = now();
  advanceClock(Math.ceil((t + msBefore + 1) / windowMs) * windowMs - msBefore - t);
}

describe("which header names the client", () => {
  it("a client cannot pick a new address per request with X-Real-IP", async () => {
    const statuses = await startMany(FLOW_STARTS + 5, (i) => ({ "x-forwarded-for": "", "x-real-ip": `198.18.${i >> 8}.${i & 255}` }));
    expect(statuses.slice(0, FLOW_STARTS).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(FLOW_STARTS)).toEqual([429, 429, 429, 429, 429]);
  });

  it("X-Real-IP names the client when CLIENT_ADDRESS_HEADER=x-real-ip, and X-Forwarded-For no longer does", async () => {
    vi.stubEnv("CLIENT_ADDRESS_HEADER", "x-real-ip");
    const statuses = await startMany(FLOW_STARTS + 1, (i) => ({ "x-forwarded-for": `198.19.0.${i}`, "x-real-ip": "198.51.100.77" }));
    expect(statuses.slice(0, FLOW_STARTS).every((s) => s === 201)).toBe(true);
    expect(statuses[FLOW_STARTS]).toBe(429);
    // Another address, as the proxy reports it, has its own allowance.
    expect(await start({ "x-real-ip": "198.51.100.78" })).toBe(201);
  });
});

describe("IPv6 clients are limited per /64", () => {
  it("addresses within one /64 share the allowance; the next /64 has its own; the rows keep the full address", async () => {
    const statuses = await startMany(FLOW_STARTS + 1, (i) => ({ "x-forwarded-for": `2001:db8:77:1:${(i + 1).toString(16)}::${i}` }));
    expect(statuses.slice(0, FLOW_STARTS).every((s) => s === 201)).toBe(true);
    expect(statuses[FLOW_STARTS]).toBe(429);
    expect(await start({ "x-forwarded-for": "2001:db8:77:1:ffff:ffff:ffff:ffff" })).toBe(429);
    expect(await start({ "x-forwarded-for": "2001:db8:77:2::1" })).toBe(201);
    const shown = await queryRows<{ n: number }>(database(), sql`select count(distinct client_address)::int as n from flow_instances where client_address like '2001:db8:77:1:%'`);
    expect(Number(shown[0].n)).toBe(FLOW_STARTS);
  });

  it("an IPv4-mapped IPv6 address counts as the IPv4 address", async () => {
    const limit: Limit = { name: "test-mapped", max: 2, windowMs: 60_000 };
    expect((await hit(database(), limit, "203.0.113.44")).allowed).toBe(true);
    expect((await hit(database(), limit, "::ffff:203.0.113.44")).allowed).toBe(true);
    expect((await hit(database(), limit, "203.0.113.44")).allowed).toBe(false);
    expect((await hit(database(), limit, "203.0.113.45")).allowed).toBe(true);
  });
});

describe("sliding windows", () => {
  it("a burst just before a fixed window's end and another just after get no more than the limit through", async () => {
    const { windowMs } = limits.flowStartsPerClient;
    toBoundary(windowMs, 60_000);
    const client = { "x-forwarded-for": "198.51.100.90" };
    const burstStart = now();
    const before = await startMany(FLOW_STARTS, () => client);
    const burstEnd = now();
    expect(before.every((s) => s === 201)).toBe(true);
    advanceClock(120_000);
    const after = await startMany(FLOW_STARTS, () => client);
    expect(after.filter((s) => s === 201)).toHaveLength(0);
    // The allowance comes back a window after the burst, not at the boundary.
    advanceClock(burstStart + windowMs - now() - 1_000);
    expect(await start(client)).toBe(429);
    advanceClock(burstEnd + windowMs - now() + 1);
    expect(await start(client)).toBe(201);
  });

  it("never lets more than the limit through in any window-long interval, and lets the limit through in each", async () => {
    const limit: Limit = { name: "test-slide", max: 5, windowMs: 10 * 60_000 };
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const allowed: number[] = [];
    const start = now();
    // Two tries every 20 seconds for three windows.
    for (let t = 0; t < 3 * limit.windowMs; t += 20_000) {
      for (let k = 0; k < 2; k++) if ((await hit(database(), limit, "198.51.100.91")).allowed) allowed.push(now());
      advanceClock(20_000);
    }
    for (const t of allowed) expect(allowed.filter((u) => u >= t && u < t + limit.windowMs).length).toBeLessThanOrEqual(limit.max);
    expect(allowed.length).toBe(3 * limit.max);
    expect(allowed[0]).toBe(start);
  });

  it("says when the next hit is allowed, and that time is right", async () => {
    const limit: Limit = { name: "test-retry", max: 3, windowMs: 60_000 };
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const first = now();
    for (let i = 0; i < 3; i++) {
      expect((await hit(database(), limit, "s")).allowed).toBe(true);
      advanceClock(10_000);
    }
    const refused = await hit(database(), limit, "s");
    expect(refused).toEqual({ allowed: false, retryAt: first + limit.windowMs });
    expect(await check(database(), limit, "s")).toEqual({ allowed: false, retryAt: first + limit.windowMs });
    advanceClock(first + limit.windowMs - now() - 1);
    expect((await hit(database(), limit, "s")).allowed).toBe(false);
    advanceClock(1);
    expect(await check(database(), limit, "s")).toEqual({ allowed: true });
    expect((await hit(database(), limit, "s")).allowed).toBe(true);
    expect((await hit(database(), limit, "s")).allowed).toBe(false);
    vi.useRealTimers();
  });

  it("credit gives one hit back; check counts nothing", async () => {
    const limit: Limit = { name: "test-credit", max: 2, windowMs: 60_000 };
    for (let i = 0; i < 5; i++) expect(await check(database(), limit, "c")).toEqual({ allowed: true });
    expect((await hit(database(), limit, "c")).allowed).toBe(true);
    expect((await hit(database(), limit, "c")).allowed).toBe(true);
    expect((await hit(database(), limit, "c")).allowed).toBe(false);
    await credit(database(), limit, "c");
    expect((await hit(database(), limit, "c")).allowed).toBe(true);
    expect((await hit(database(), limit, "c")).allowed).toBe(false);
    // Crediting a subject with nothing counted does nothing.
    await credit(database(), limit, "nobody");
    expect(await check(database(), limit, "nobody")).toEqual({ allowed: true });
  });

  it("parallel hits never pass the limit, even while the clock crosses a fixed window's end", async () => {
    const limit: Limit = { name: "test-parallel", max: 7, windowMs: 60_000 };
    toBoundary(limit.windowMs, 1_000);
    const burst = () => Promise.all(Array.from({ length: 25 }, () => hit(database(), limit, "2001:db8:99:1::1")));
    const first = burst();
    advanceClock(2_000);
    const results = [...(await first), ...(await burst())];
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
  });

  it("housekeeping deletes counters whose hits are all older than their window, and keeps the rest", async () => {
    const short: Limit = { name: "test-expire-short", max: 3, windowMs: 60_000 };
    const long: Limit = { name: "test-expire-long", max: 3, windowMs: 60 * 60_000 };
    await hit(database(), short, "e");
    await hit(database(), long, "e");
    advanceClock(2 * 60_000);
    await deleteExpiredCounters(database());
    const keys = (await database().select({ key: rateLimits.key }).from(rateLimits).where(sql`${rateLimits.key} like 'test-expire-%'`)).map((r) => r.key);
    expect(keys).toEqual(["test-expire-long:e"]);
    await database().delete(rateLimits).where(eq(rateLimits.key, "test-expire-long:e"));
  });
});
