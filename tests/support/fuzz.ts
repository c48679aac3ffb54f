import fc from "fast-check";
import { sql } from "drizzle-orm";
import { queryRows, type Queryable } from "@/lib/db/client";

/**
 * Shared pieces of the property-based tests in tests/fuzz: how many cases to run, the garbage
 * values a client may send, and a count of everything a refused submission must leave alone.
 */

/** Cases per property: small in `npm test`, `npm run fuzz -- --runs N` raises it (FUZZ_RUNS). */
export function fuzzRuns(fallback: number): number {
  const n = Number.parseInt(process.env.FUZZ_RUNS ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** FUZZ_SEED replays a failure that fast-check reported. */
export function fuzzParams(fallbackRuns: number): fc.Parameters<unknown> {
  const seed = Number.parseInt(process.env.FUZZ_SEED ?? "", 10);
  return { numRuns: fuzzRuns(fallbackRuns), ...(Number.isFinite(seed) ? { seed } : {}), endOnFailure: true };
}

const CONTROL = ["\u0000", "\u0007", "\u001b[2J", "\r\n", "\u2028", "\ud800", "\udfff", "\ufeff", "\u202e", "\u200b"];

/** A string a careless or hostile client might send. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...CONTROL),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...CONTROL), fc.string({ maxLength: 8 })).map(([a, c, b]) => a + c + b),
  fc.constantFrom("", " ", "null", "undefined", "NaN", "0", "-1", "1e309", "on", "true", "<script>alert(1)</script>", "' or 1=1 --", "${x}", "{target}", "%00", "../../etc/passwd"),
  fc.integer({ min: 1, max: 70_000 }).map((n) => "x".repeat(n)),
  fc.integer({ min: 1, max: 3_000 }).map((n) => "\u{1F600}".repeat(n)),
);

/** Any JSON value at all, odd strings included. */
export const oddJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: oddString },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(oddString, { maxLength: 3 }),
  fc.dictionary(oddString, oddString, { maxKeys: 3 }),
);

/** Field names: the step's own, odd ones, and names that mean something to JavaScript. */
export const oddKey: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "flowId", "revision", "intent", "captchaId", "$ACTION_ID_x", "x".repeat(65), "a\u0000b"),
);

export type Counts = Record<string, number>;

const COUNTED = ["users", "outbox", "flow_events", "flow_instances", "companies", "support_cases", "login_tokens", "newsletter_subscriptions", "terms_acceptances"];

/** Row counts of the tables a step may write to. */
export async function tableCounts(db: Queryable): Promise<Counts> {
  const parts = COUNTED.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(", ");
  const [row] = await queryRows<Counts>(db, sql.raw(`select ${parts}`));
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

export type InstanceState = { revision: number; stateValue: string; status: string; events: number } | null;

export async function instanceState(db: Queryable, id: string): Promise<InstanceState> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await queryRows<{ revision: number; state_value: string; status: string; events: number }>(
    db,
    sql`select revision, state_value, status, (select count(*)::int from flow_events where instance_id = ${id}) as events
        from flow_instances where id = ${id}`,
  );
  return row ? { revision: Number(row.revision), stateValue: row.state_value, status: row.status, events: Number(row.events) } : null;
}

/** Unhandled promise rejections seen while a property ran (they must stay none). */
export function watchRejections() {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => seen.push(reason);
  return {
    start: () => process.on("unhandledRejection", onRejection),
    stop: () => process.off("unhandledRejection", onRejection),
    seen,
  };
}

/** The time a property may take: generous in `npm test`, unbounded under `npm run fuzz`. */
export function fuzzTimeout(): number {
  const n = Number.parseInt(process.env.FUZZ_TIMEOUT_MS ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : 600_000;
}
