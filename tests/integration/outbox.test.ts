import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { mailbox, outbox } from "@/lib/db/schema";
import { enqueueMessage } from "@/lib/messaging/outbox";
import { backoffMs, claimDue, deliver, dispatchDue, MAX_ATTEMPTS } from "@/lib/messaging/dispatcher";
import { mailboxTransport, type OutgoingMessage, type Transport } from "@/lib/messaging/transports";
import { advanceClock, now, resetClock } from "@/lib/clock";
import { useFreshDatabase } from "./db";

const fresh = useFreshDatabase();
let db: Db;
let n = 0;

beforeAll(async () => {
  db = await fresh.setup();
});
afterAll(() => fresh.teardown());
beforeEach(() => resetClock());

async function queue(to: string) {
  const key = `test:${++n}`;
  await db.insert(outbox).values({
    idempotencyKey: key,
    channel: "email",
    recipient: to,
    template: "verification-code",
    payload: { validMinutes: 10, secret: "482913" },
    nextAttemptAt: new Date(now()),
  });
  return key;
}

/** Records what it was asked to send; like Resend, a repeated idempotency key is not sent again. */
function recordingTransport(opts: { failTimes?: number; crashAfterSend?: boolean } = {}) {
  const sent: OutgoingMessage[] = [];
  const seen = new Set<string>();
  let failures = opts.failTimes ?? 0;
  const t: Transport & { sent: OutgoingMessage[]; calls: number } = {
    name: "recording",
    sent,
    calls: 0,
    async send(m) {
      t.calls++;
      if (failures > 0) {
        failures--;
        throw new Error("provider unavailable");
      }
      if (!seen.has(m.idempotencyKey)) {
        seen.add(m.idempotencyKey);
        sent.push(m);
      }
      if (opts.crashAfterSend) {
        opts.crashAfterSend = false;
        throw new Error("process died after the provider accepted the message");
      }
    },
  };
  return t;
}

describe("outbox dispatcher", () => {
  it("delivers a queued message once and scrubs the code", async () => {
    const key = await queue("one@example.com");
    const t = recordingTransport();
    expect(await dispatchDue(db, () => t)).toBe(1);
    expect(await dispatchDue(db, () => t)).toBe(0);
    expect(t.sent).toHaveLength(1);
    expect(t.sent[0]).toMatchObject({ to: "one@example.com", idempotencyKey: key, subject: "482913 is your Gatehouse verification code" });
    const [row] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, key));
    expect(row.status).toBe("sent");
    expect(row.payload).toEqual({ validMinutes: 10 });
  });

  it("survives a crash between the state change and delivery: a restarted dispatcher sends it once", async () => {
    const key = await queue("crash@example.com");
    // A dispatcher claims the row and dies before delivering.
    const claimed = await claimDue(db);
    expect(claimed.map((r) => r.idempotency_key)).toContain(key);
    const t = recordingTransport();
    // While the lease holds, nobody else takes it.
    expect(await dispatchDue(db, () => t)).toBe(0);
    advanceClock(31_000);
    expect(await dispatchDue(db, () => t)).toBe(1);
    expect(await dispatchDue(db, () => t)).toBe(0);
    expect(t.sent.filter((m) => m.idempotencyKey === key)).toHaveLength(1);
  });

  it("retries a message whose delivery was accepted but not recorded, without a second copy", async () => {
    const key = await queue("twice@example.com");
    const viaMailbox = mailboxTransport(db);
    let crashed = false;
    const crashing: Transport = {
      name: "mailbox-then-crash",
      async send(m) {
        await viaMailbox.send(m);
        if (!crashed) {
          crashed = true;
          throw new Error("died after sending");
        }
      },
    };
    expect(await dispatchDue(db, () => crashing)).toBe(0);
    advanceClock(backoffMs(1));
    expect(await dispatchDue(db, () => crashing)).toBe(1);
    const copies = await db.select().from(mailbox).where(eq(mailbox.idempotencyKey, key));
    expect(copies).toHaveLength(1);
  });

  it("backs off between failures and gives up after the limit", async () => {
    const key = await queue("down@example.com");
    const t = recordingTransport({ failTimes: 100 });
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await dispatchDue(db, () => t)).toBe(0);
      const [row] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, key));
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(row.status).toBe("pending");
        expect(row.nextAttemptAt.getTime() - now()).toBeGreaterThan(backoffMs(attempt) - 500);
        expect(row.nextAttemptAt.getTime() - now()).toBeLessThanOrEqual(backoffMs(attempt));
        // Not before the backoff is over.
        expect(await dispatchDue(db, () => t)).toBe(0);
        expect(t.calls).toBe(attempt);
        advanceClock(backoffMs(attempt));
      } else {
        expect(row.status).toBe("failed");
        expect(row.lastError).toContain("provider unavailable");
      }
    }
    advanceClock(24 * 60 * 60_000);
    await dispatchDue(db, () => t);
    expect(t.calls).toBe(MAX_ATTEMPTS);
  });

  it("two dispatchers running at once never deliver the same row twice", async () => {
    const keys = await Promise.all(Array.from({ length: 30 }, (_, i) => queue(`many${i}@example.com`)));
    const t = recordingTransport();
    const calls: string[] = [];
    const counting: Transport = { name: "counting", send: async (m) => (calls.push(m.idempotencyKey), t.send(m)) };
    await Promise.all([dispatchDue(db, () => counting), dispatchDue(db, () => counting)]);
    for (const k of keys) expect(calls.filter((c) => c === k)).toHaveLength(1);
  });

  it("deliver() marks the row sent only after the transport succeeded", async () => {
    const key = await queue("order@example.com");
    const [row] = await claimDue(db);
    expect(row.idempotency_key).toBe(key);
    expect(await deliver(db, row, recordingTransport({ failTimes: 1 }))).toBe(false);
    const [after] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, key));
    expect(after.status).toBe("pending");
    expect(after.sentAt).toBeNull();
  });
});

describe("enqueueMessage", () => {
  it("writes one outbox row per key, on the app clock; a repeated key is refused or skipped as asked", async () => {
    advanceClock(3 * 24 * 60 * 60_000);
    const message = { idempotencyKey: `enqueue:${++n}`, channel: "sms", to: "+4915112345678", template: "verification-code", data: { validMinutes: 10, secret: "1234" } } as const;
    expect(await enqueueMessage(db, message)).toBe(true);
    const [row] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, message.idempotencyKey));
    expect(row).toMatchObject({ channel: "sms", recipient: "+4915112345678", template: "verification-code", status: "pending", attempts: 0 });
    expect(row.payload).toEqual({ validMinutes: 10, secret: "1234" });
    // Both times are the app's (three days ahead here), not the database server's.
    expect(row.createdAt.getTime()).toBeGreaterThan(Date.now() + 2 * 24 * 60 * 60_000);
    expect(row.nextAttemptAt.getTime()).toBe(row.createdAt.getTime());

    expect(await enqueueMessage(db, { ...message, ifQueued: "skip" })).toBe(false);
    await expect(enqueueMessage(db, message)).rejects.toThrow();
    expect(await db.select().from(outbox).where(eq(outbox.idempotencyKey, message.idempotencyKey))).toHaveLength(1);
  });
});
