import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST as startRoute } from "@/app/api/flows/[flow]/route";
import { GET as showRoute, POST as submitRoute } from "@/app/api/flows/[flow]/[id]/route";
import type { StepView } from "@/lib/flows/view";
import { fuzzParams, fuzzTimeout, instanceState, oddString, tableCounts, type Counts, type InstanceState } from "../support/fuzz";
import { buildRequest, CAPTCHA_ANSWER, moveArb, rightWalk, useWalkDatabase, type Move } from "../support/flow-walk";

/**
 * Property tests of the public JSON API (app/api/flows): random walks through every public flow,
 * each step answered mostly right and partly with garbage. Whatever is sent:
 *  - the answer is never a 5xx and always JSON, and no promise rejection goes unhandled;
 *  - a refused submission changes nothing: same revision and state, no event, no row anywhere;
 *  - an accepted one moves the flow by exactly one revision with exactly one event.
 * `npm run fuzz -- --runs N` runs more cases (FUZZ_RUNS); FUZZ_SEED replays a reported failure.
 */

process.env.CAPTCHA_TEST_ANSWER = CAPTCHA_ANSWER;
const FLOWS = ["user-registration", "installer-registration", "password-recovery"] as const;
const BASE = "http://gatehouse.test/api/flows";
const { database, rejections } = useWalkDatabase();

let clients = 0;
/** Requests sent (reported, for docs/reliability.md). */
let requests = 0;
/** A new client address per walk, so per-client limits do not end the walks early. */
function clientHeaders(): Record<string, string> {
  const n = ++clients;
  return { "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, "user-agent": "fuzz" };
}

/** A value HTTP can carry in a header (others never reach the app: the client refuses to send them). */
function headerSafe(value: string): boolean {
  try {
    new Headers({ authorization: `Bearer ${value}` });
    return true;
  } catch {
    return false;
  }
}

async function jsonOf(res: Response): Promise<Record<string, unknown>> {
  const text = await res.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`status ${res.status} answered something that is not JSON: ${text.slice(0, 200)}`);
  }
}

async function start(flow: string, headers: Record<string, string>) {
  const res = await startRoute(new Request(`${BASE}/${flow}`, { method: "POST", headers }), { params: Promise.resolve({ flow }) });
  expect(res.status).toBe(201);
  const json = (await jsonOf(res)) as { flow: StepView; token: string };
  return { view: json.flow, token: json.token };
}

function changedCounts(a: Counts, b: Counts): string[] {
  return Object.keys(a).filter((k) => a[k] !== b[k]).map((k) => `${k} ${a[k]} -> ${b[k]}`);
}

/** One submission of a walk, with the properties checked around it. Returns the view to continue from. */
async function step(flow: string, headers: Record<string, string>, move: Move, view: StepView, token: string): Promise<StepView> {
  const req = await buildRequest(database(), move, view, token);
  const before: InstanceState = await instanceState(database(), view.id);
  const countsBefore = await tableCounts(database());
  const h: Record<string, string> = { ...headers, "content-type": "application/json" };
  if (req.token !== undefined && headerSafe(req.token)) h.authorization = `Bearer ${req.token}`;
  let res: Response;
  requests++;
  try {
    res = await submitRoute(new Request(`${BASE}/${flow}/x`, { method: "POST", headers: h, body: req.body }), { params: Promise.resolve({ flow, id: req.id }) });
  } catch (error) {
    throw new Error(`the route threw (a 500) on ${req.body.slice(0, 300)}: ${(error as Error).stack}`);
  }
  const json = await jsonOf(res);
  expect(res.status, JSON.stringify(json).slice(0, 300)).toBeLessThan(500);
  const after = await instanceState(database(), view.id);
  const countsAfter = await tableCounts(database());
  if (!before || !after) throw new Error("the flow row vanished");
  if (after.revision === before.revision) {
    // Refused (or a harmless repeat): nothing moved, nothing was written.
    expect(after, "a refused submission changed the flow").toEqual(before);
    expect(changedCounts(countsBefore, countsAfter), `refused (${res.status}) yet rows were written`).toEqual([]);
  } else {
    expect(after.revision, "an accepted submission moves exactly one revision").toBe(before.revision + 1);
    expect(after.events).toBe(before.events + 1);
    expect(countsAfter.flow_instances).toBe(countsBefore.flow_instances);
    expect(res.status).toBe(200);
    expect((json.flow as StepView).revision).toBe(after.revision);
  }
  const next = json.flow as StepView | undefined;
  return res.status === 200 && next?.id === view.id ? next : view;
}

describe("the flow API under random submissions", () => {
  it("never answers 5xx; refused submissions change nothing; accepted ones move one step", async () => {
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FLOWS), fc.array(moveArb, { minLength: 1, maxLength: 14 }), async (flow, moves) => {
        const headers = clientHeaders();
        const started = await start(flow, headers);
        const token = started.token;
        let view = started.view;
        for (const move of moves) {
          view = await step(flow, headers, move, view, token);
          reached.add(`${flow}/${view.step}`);
        }
      }),
      // The random walks alone reach the last steps only now and then: right walks come first.
      { ...fuzzParams(150), examples: FLOWS.map((flow) => [flow, rightWalk(14)] as [(typeof FLOWS)[number], Move[]]) },
    );
    expect(rejections.seen).toEqual([]);
    console.log(`[fuzz] ${requests} submissions; steps reached: ${[...reached].sort().join(", ")}`);
    // The walks get past the first steps (else the later steps were never fuzzed).
    for (const s of ["user-registration/registered", "installer-registration/confirm", "password-recovery/done"]) expect(reached).toContain(s);
  }, fuzzTimeout());

  it("showing a flow and starting one answer 404/401-style JSON for any id, token or flow name", async () => {
    const headers = clientHeaders();
    const { view, token } = await start("user-registration", headers);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...FLOWS, "contact-change", "sign-in-check", "device-reset-case"), oddString),
        fc.oneof(fc.constant(view.id), oddString),
        fc.oneof(fc.constant(token), oddString, fc.constant(undefined)),
        async (flow, id, tk) => {
          const h: Record<string, string> = { ...clientHeaders() };
          if (tk !== undefined && headerSafe(tk)) h.authorization = `Bearer ${tk}`;
          const shown = await showRoute(new Request(`${BASE}/x/y`, { headers: h }), { params: Promise.resolve({ flow, id }) });
          expect(shown.status).toBeLessThan(500);
          await jsonOf(shown);
          const started = await startRoute(new Request(`${BASE}/x`, { method: "POST", headers: h }), { params: Promise.resolve({ flow }) });
          expect(started.status).toBeLessThan(500);
          await jsonOf(started);
        },
      ),
      fuzzParams(300),
    );
    expect(rejections.seen).toEqual([]);
  }, fuzzTimeout());
});
