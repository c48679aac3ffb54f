import "server-only";
import { sql } from "drizzle-orm";
import { getDb, queryRows, type Queryable } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { renderMessage } from "@/emails";
import { transportFor, type Transport } from "./transports";

/**
 * Delivers outbox rows. A row is claimed with a lease (`locked_until`); if the process dies
 * mid-delivery the lease runs out and another dispatcher retries it with the same idempotency
 * key, which both the mailbox and Resend use to drop the duplicate. Failures back off
 * exponentially; after MAX_ATTEMPTS the row is marked failed and kept for inspection.
 */

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 30_000;
const POLL_MS = 1_000;

type OutboxRow = {
  id: number;
  idempotency_key: string;
  channel: string;
  recipient: string;
  template: string;
  payload: Record<string, unknown>;
  locale: string;
  attempts: number;
};

/**
 * How long one send may take. A provider that never answers (Resend's client has no timeout of its
 * own) must not hold the dispatcher, which would stop every later message: the send is given up
 * well before the lease runs out and retried with the same idempotency key.
 */
export const SEND_TIMEOUT_MS = 15_000;

function sendTimeoutMs(): number {
  const ms = Number(process.env.OUTBOX_SEND_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : SEND_TIMEOUT_MS;
}

async function withinTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The provider did not answer within ${ms} ms.`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function backoffMs(attempts: number): number {
  return Math.min(10 * 60_000, 1_000 * 2 ** Math.max(0, attempts - 1));
}

export async function claimDue(db: Queryable, batch = 20): Promise<OutboxRow[]> {
  const at = new Date(now()).toISOString();
  const lease = new Date(now() + LEASE_MS).toISOString();
  return queryRows<OutboxRow>(
    db,
    sql`update outbox set status = 'sending', attempts = attempts + 1, locked_until = ${lease}
        where id in (
          select id from outbox
          where status in ('pending', 'sending') and next_attempt_at <= ${at}
            and (locked_until is null or locked_until < ${at})
          order by id limit ${batch}
          for update skip locked)
        returning id, idempotency_key, channel, recipient, template, payload, locale, attempts`,
  );
}

export async function deliver(db: Queryable, row: OutboxRow, transport: Transport): Promise<boolean> {
  try {
    const message = await renderMessage(row.template, row.payload, row.channel, row.locale);
    await withinTimeout(transport.send({ ...message, channel: row.channel, to: row.recipient, idempotencyKey: row.idempotency_key }), sendTimeoutMs());
    // The code in the payload is no longer needed once delivered: do not keep it at rest.
    await db.execute(
      sql`update outbox set status = 'sent', sent_at = ${new Date(now()).toISOString()}, locked_until = null,
          last_error = null, payload = payload - 'secret' where id = ${row.id}`,
    );
    return true;
  } catch (error) {
    const failed = row.attempts >= MAX_ATTEMPTS;
    await db.execute(
      sql`update outbox set status = ${failed ? "failed" : "pending"}, locked_until = null,
          payload = case when ${failed} then payload - 'secret' else payload end,
          next_attempt_at = ${new Date(now() + backoffMs(row.attempts)).toISOString()},
          last_error = ${String((error as Error).message ?? error).slice(0, 500)} where id = ${row.id}`,
    );
    return false;
  }
}

/** One pass: claim what is due and deliver it. Returns how many were delivered. */
export async function dispatchDue(
  db: Queryable,
  pickTransport: (channel: string) => Transport = (c) => transportFor(c, db),
): Promise<number> {
  let delivered = 0;
  for (;;) {
    const rows = await claimDue(db);
    if (!rows.length) return delivered;
    const results = await Promise.all(rows.map((r) => deliver(db, r, pickTransport(r.channel))));
    delivered += results.filter(Boolean).length;
    if (rows.length < 20) return delivered;
  }
}

type DispatcherState = { timer?: NodeJS.Timeout; running: boolean; again: boolean };
const key = Symbol.for("gatehouse.dispatcher");
const g = globalThis as typeof globalThis & { [key]?: DispatcherState };

async function runOnce(state: DispatcherState) {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      await dispatchDue(await getDb());
    } while (state.again);
  } catch (error) {
    console.error("[outbox] dispatch failed:", (error as Error).message);
  } finally {
    state.running = false;
  }
}

/** Start polling in this process (each app server runs one; rows are claimed with SKIP LOCKED). */
export function startDispatcher(): void {
  if (g[key]?.timer) return;
  const state: DispatcherState = g[key] ?? { running: false, again: false };
  g[key] = state;
  state.timer = setInterval(() => void runOnce(state), POLL_MS);
  state.timer.unref?.();
}

export function stopDispatcher(): void {
  const state = g[key];
  if (state?.timer) clearInterval(state.timer);
  if (state) state.timer = undefined;
}

/** Deliver right away after a commit that queued messages, instead of waiting for the next poll. */
export function notifyOutbox(): void {
  const state = g[key];
  if (!state?.timer) return;
  setImmediate(() => void runOnce(state));
}
