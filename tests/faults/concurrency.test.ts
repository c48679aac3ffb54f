import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { POST as startRoute } from "@/app/api/flows/[flow]/route";
import { POST as submitRoute } from "@/app/api/flows/[flow]/[id]/route";
import { flowEvents, flowInstances, mailbox, users } from "@/lib/db/schema";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { codeIn } from "@/lib/dev/mailbox";
import { hitOnce } from "@/lib/security/rate-limit";
import { useFlowDatabase } from "../integration/db";

/**
 * Bursts through the JSON API, as a client retrying in a loop or a script hammering a step:
 * 100 identical final submissions create exactly one account, and 50 parallel wrong codes never
 * get more code checks than the step allows. (The same bursts through the runtime and the sign-in
 * check are in tests/integration.)
 */

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const FLOW = "user-registration";
const BASE = "http://gatehouse.test/api/flows";
const database = useFlowDatabase();
let n = 0;

async function post(id: string, token: string, body: unknown, address: string) {
  const res = await submitRoute(
    new Request(`${BASE}/${FLOW}/${id}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-forwarded-for": address }, body: JSON.stringify(body) }),
    { params: Promise.resolve({ flow: FLOW, id }) },
  );
  return { status: res.status, json: await res.json() };
}

/** A registration through the API, at its code step. */
async function atCodeStep(email: string) {
  const address = `198.51.100.${++n}`;
  const res = await startRoute(new Request(`${BASE}/${FLOW}`, { method: "POST", headers: { "x-forwarded-for": address } }), { params: Promise.resolve({ flow: FLOW }) });
  const { flow, token } = await res.json();
  const country = await post(flow.id, token, { revision: 0, fields: { country: "US" } }, address);
  const captchaId = country.json.flow.fields.find((f: { kind: string }) => f.kind === "captcha").captcha.id;
  const contact = await post(flow.id, token, { revision: 1, fields: { email, captcha: "ABCD", captchaId } }, address);
  expect(contact.json.flow.step).toBe("verify-email");
  await dispatchDue(database());
  const [m] = await database().select().from(mailbox).where(eq(mailbox.recipient, email)).orderBy(sql`id desc`).limit(1);
  return { id: flow.id as string, token: token as string, address, code: codeIn(m.text)! };
}

describe("bursts through the flow API", () => {
  it("100 parallel identical final submissions create exactly one account", async () => {
    const f = await atCodeStep("burst-final@example.com");
    expect((await post(f.id, f.token, { revision: 2, fields: { code: f.code } }, f.address)).json.flow.step).toBe("credentials");
    const final = { revision: 3, fields: { username: "burst_final", password: "Tr4in-Station", confirmPassword: "Tr4in-Station", terms: true } };
    const answers = await Promise.all(Array.from({ length: 100 }, () => post(f.id, f.token, final, f.address)));
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    const seen = [...new Set(answers.map((a) => `${a.status} ${a.json.flow?.step} ${a.json.error?.code ?? ""}${JSON.stringify(a.json.errors ?? [])}`))];
    expect(seen).toEqual(["200 registered []"]);
    const accounts = await database().select().from(users).where(eq(users.usernameLower, "burst_final"));
    expect(accounts).toHaveLength(1);
    const events = await database().select().from(flowEvents).where(eq(flowEvents.instanceId, f.id));
    expect(events.filter((e) => e.revision === 4)).toHaveLength(1);
    // One of them got the sign-in token; it is single-use, so the others have none to reuse.
    expect(answers.filter((a) => a.json.loginToken).length).toBe(1);
  });

  it("the network's registration allowance counts a contact once, whatever the repeats, and still refuses past it", async () => {
    const db = database();
    const limit = { name: "burst-test", max: 2, windowMs: 60_000 };
    const repeats = await Promise.all(Array.from({ length: 30 }, () => hitOnce(db, limit, "192.0.2.7", "a@example.com")));
    expect(repeats.every((r) => r.allowed)).toBe(true);
    expect((await hitOnce(db, limit, "192.0.2.7", "b@example.com")).allowed).toBe(true);
    // A third contact from the same network is over the limit, and so is each retry of it.
    expect((await hitOnce(db, limit, "192.0.2.7", "c@example.com")).allowed).toBe(false);
    expect((await hitOnce(db, limit, "192.0.2.7", "c@example.com")).allowed).toBe(false);
  });

  it("50 parallel wrong codes get at most the step's allowed checks", async () => {
    const f = await atCodeStep("burst-codes@example.com");
    const wrong = f.code === "999999" ? "999998" : "999999";
    const answers = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        // Each guesser reads the revision it last saw and guesses again, from its own address.
        let revision = 2;
        const out = [];
        for (let round = 0; round < 4; round++) {
          const a = await post(f.id, f.token, { revision, fields: { code: wrong } }, `203.0.113.${i + 1}`);
          out.push(a.status);
          if (a.json.flow?.revision !== undefined) revision = a.json.flow.revision;
        }
        return out;
      }),
    );
    expect(answers.flat().filter((s) => s >= 500)).toEqual([]);
    const [row] = await database().select().from(flowInstances).where(eq(flowInstances.id, f.id));
    const { verification, settings } = (row.snapshot as { context: { verification: { attempts: number }; settings: { maxCodeAttempts: number } } }).context;
    expect(settings.maxCodeAttempts).toBeGreaterThan(0);
    expect(verification.attempts).toBeGreaterThan(0);
    expect(verification.attempts).toBeLessThanOrEqual(settings.maxCodeAttempts);
  });
});
