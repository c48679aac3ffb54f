import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import { startFlow, submitStep, type FlowResult } from "@/lib/flows/runtime";
import { backoffMs, claimDue, dispatchDue, MAX_ATTEMPTS } from "@/lib/messaging/dispatcher";
import { codeIn } from "@/lib/dev/mailbox";
import { advanceClock, resetClock } from "@/lib/clock";
import { useFlowDatabase, viewOf } from "../integration/db";
import { startProviderStub, useStubProviders, type ProviderStub } from "../support/provider-stub";

/**
 * The mail and SMS providers break while a person registers: they answer 500, never answer, or
 * accept a message and then fail. The outbox must retry with backoff and the same idempotency
 * key, each message must reach the person exactly once after recovery, a code that never went out
 * can be sent again, and a process that dies between committing a step and sending its message
 * still sends it once.
 */

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
process.env.OUTBOX_SEND_TIMEOUT_MS = "300";
const FLOW = "user-registration";
const database = useFlowDatabase();
let db: Db;
let stub: ProviderStub;
let n = 0;

beforeAll(async () => {
  db = database();
  stub = await startProviderStub();
  useStubProviders(stub);
});
afterAll(async () => {
  await stub.close();
  for (const k of ["RESEND_API_KEY", "RESEND_BASE_URL", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM", "TWILIO_BASE_URL"]) delete process.env[k];
});
beforeEach(() => {
  resetClock();
  stub.mode = "ok";
});

/** A registration at its code step; the code is queued in the outbox, not yet sent. */
async function atCodeStep(channel: "email" | "sms") {
  const c = { address: `198.51.100.${++n}` };
  const s = await startFlow(FLOW, c);
  if (s.kind !== "started") throw new Error("not started");
  let r: FlowResult = await submitStep(FLOW, s.id, s.token, { revision: 0, fields: { country: "US" } }, c);
  let v = viewOf(r);
  if (channel === "sms") {
    r = await submitStep(FLOW, s.id, s.token, { revision: 1, intent: "USE_PHONE", fields: {} }, c);
    v = viewOf(r);
  }
  const captchaId = v.fields.find((f) => f.kind === "captcha")!.captcha!.id;
  const to = channel === "email" ? `fault${n}@example.com` : `+1201555${String(1000 + n).slice(-4)}`;
  const contact = channel === "email" ? { email: to } : { phone: `(201) 555-${String(1000 + n).slice(-4)}` };
  r = await submitStep(FLOW, s.id, s.token, { revision: v.revision, fields: { ...contact, captcha: "ABCD", captchaId } }, c);
  v = viewOf(r);
  expect(v.step).toBe(channel === "email" ? "verify-email" : "verify-phone");
  const [row] = await db.select().from(outbox).where(eq(outbox.recipient, to)).orderBy(sql`id desc`).limit(1);
  return { ...s, c, to, view: v, row };
}

async function rowOf(id: number) {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row;
}

const requestsFor = (key: string) => stub.requests.filter((r) => r.key === key);

describe("a provider that fails, then recovers", () => {
  for (const channel of ["email", "sms"] as const) {
    it(`${channel}: retries after 500s with growing backoff and the same key, then delivers once`, async () => {
      const f = await atCodeStep(channel);
      stub.mode = "error";
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect(await dispatchDue(db)).toBe(0);
        const row = await rowOf(f.row.id);
        expect(row).toMatchObject({ status: "pending", attempts: attempt });
        // Not retried before its backoff has passed (the margin absorbs the real time the calls take).
        advanceClock(backoffMs(attempt) - 400);
        await dispatchDue(db);
        expect((await rowOf(f.row.id)).attempts).toBe(attempt);
        advanceClock(400);
      }
      stub.mode = "ok";
      expect(await dispatchDue(db)).toBe(1);
      expect(await rowOf(f.row.id)).toMatchObject({ status: "sent", attempts: 4 });
      expect(requestsFor(f.row.idempotencyKey).length).toBe(4);
      expect(stub.requests.filter((r) => r.to === f.to).every((r) => r.key === f.row.idempotencyKey)).toBe(true);
      expect([...stub.delivered.values()].filter((r) => r.to === f.to)).toHaveLength(1);
      // The delivered code works.
      const code = codeIn(stub.lastTextTo(f.to)!);
      const r = await submitStep(FLOW, f.id, f.token, { revision: f.view.revision, fields: { code } }, f.c);
      expect(viewOf(r).step).toBe("credentials");
      // Nothing more goes out later.
      advanceClock(60 * 60_000);
      await dispatchDue(db);
      expect(requestsFor(f.row.idempotencyKey).length).toBe(4);
    });
  }

  it("a provider that never answers is given up on in time and retried; one copy arrives", async () => {
    const f = await atCodeStep("email");
    stub.mode = "hang";
    const started = Date.now();
    expect(await dispatchDue(db)).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await rowOf(f.row.id)).toMatchObject({ status: "pending", attempts: 1 });
    expect((await rowOf(f.row.id)).lastError).toMatch(/did not answer within/);
    stub.mode = "ok";
    advanceClock(backoffMs(1));
    expect(await dispatchDue(db)).toBe(1);
    expect([...stub.delivered.values()].filter((r) => r.to === f.to)).toHaveLength(1);
  });

  it("accepted then failed: the retry carries the same key and the person gets one copy", async () => {
    const f = await atCodeStep("email");
    stub.mode = "accept-then-fail";
    expect(await dispatchDue(db)).toBe(0);
    expect(stub.delivered.has(f.row.idempotencyKey)).toBe(true);
    stub.mode = "ok";
    advanceClock(backoffMs(1));
    expect(await dispatchDue(db)).toBe(1);
    expect(requestsFor(f.row.idempotencyKey)).toHaveLength(2);
    expect([...stub.delivered.values()].filter((r) => r.to === f.to)).toHaveLength(1);
  });

  it("a code that was never delivered can be sent again once the provider is back", async () => {
    const f = await atCodeStep("email");
    stub.mode = "error";
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await dispatchDue(db);
      advanceClock(backoffMs(i + 1));
    }
    expect(await rowOf(f.row.id)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(stub.delivered.has(f.row.idempotencyKey)).toBe(false);
    stub.mode = "ok";
    const resend = f.view.actions.find((a) => /resend/i.test(a.label))!;
    expect(resend).toBeDefined();
    const r = await submitStep(FLOW, f.id, f.token, { revision: f.view.revision, intent: resend.event, fields: {} }, f.c);
    const v = viewOf(r);
    expect(v.step).toBe("verify-email");
    expect(await dispatchDue(db)).toBe(1);
    const code = codeIn(stub.lastTextTo(f.to)!);
    expect(code).toMatch(/^\d{6}$/);
    expect(viewOf(await submitStep(FLOW, f.id, f.token, { revision: v.revision, fields: { code } }, f.c)).step).toBe("credentials");
  });
});

describe("a process killed between committing a step and sending its message", () => {
  it("before delivery began: the next dispatcher sends it once", async () => {
    // atCodeStep committed the step and queued the code; no dispatcher ran in this "process".
    const f = await atCodeStep("email");
    expect(f.row.status).toBe("pending");
    expect(await dispatchDue(db)).toBe(1);
    expect(await dispatchDue(db)).toBe(0);
    expect(requestsFor(f.row.idempotencyKey)).toHaveLength(1);
  });

  it("mid-delivery (row claimed, process gone): after the lease another dispatcher sends it, with the same key, once", async () => {
    const f = await atCodeStep("email");
    const claimed = await claimDue(db);
    expect(claimed.map((r) => Number(r.id))).toContain(f.row.id); // a bigint: a string from postgres.js
    // The claimer dies here. Until its lease runs out nobody else takes the row.
    expect(await dispatchDue(db)).toBe(0);
    advanceClock(31_000);
    expect(await dispatchDue(db)).toBeGreaterThanOrEqual(1);
    expect(requestsFor(f.row.idempotencyKey)).toHaveLength(1);
    expect(await rowOf(f.row.id)).toMatchObject({ status: "sent" });
  });
});
