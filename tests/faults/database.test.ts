import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import postgres from "postgres";
import { renderToStaticMarkup } from "react-dom/server";
import { POST as startRoute } from "@/app/api/flows/[flow]/route";
import { GET as showRoute, POST as submitRoute } from "@/app/api/flows/[flow]/[id]/route";
import { closeDb, getDb } from "@/lib/db/client";
import { seedDefaultVersions } from "@/lib/flows/versions";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { TRY_AGAIN_TEXT, TryAgain } from "@/components/try-again";
import { useFreshDatabase } from "../integration/db";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";

// GET /api/session: Auth.js finds no session (it answers "none" when its own lookup failed too),
// while the browser still sends a session cookie.
vi.mock("@/lib/auth", () => ({ auth: async () => null, signIn: async () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [{ name: "authjs.session-token", value: "sealed" }] }),
  headers: async () => new Headers(),
}));
const { POST: signInRoute } = await import("@/app/api/sign-in/route");
const { POST: passkeyOptionsRoute } = await import("@/app/api/sign-in/passkey/options/route");
const { GET: sessionRoute } = await import("@/app/api/session/route");

/**
 * PostgreSQL goes away in the middle of a registration (a TCP proxy between the app and the
 * database is cut, or cut half-way through a step's transaction). The API answers 503 with a
 * clear message, nothing of the step is half-written, and once the database is back the same
 * flow continues from its last committed step. Runs when DATABASE_URL names a PostgreSQL.
 */

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const FLOW = "user-registration";
const BASE = "http://gatehouse.test/api/flows";
const adminUrl = process.env.DATABASE_URL;
const fresh = useFreshDatabase();
let proxy: TcpProxy;
let direct: postgres.Sql;

describe.skipIf(!adminUrl)("the database goes away mid-flow", () => {
  beforeAll(async () => {
    const db = await fresh.setup();
    await seedDefaultVersions(db);
    // Reopen the app's handle through the proxy; the checks read the database directly.
    await closeDb();
    const url = new URL(process.env.DATABASE_URL!);
    direct = postgres(url.toString(), { max: 1, onnotice: () => {} });
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    process.env.DATABASE_URL = url.toString();
    await getDb();
  });
  afterAll(async () => {
    await closeDb();
    await proxy?.close();
    await direct?.end();
    await fresh.teardown();
  });

  const headers = { "x-forwarded-for": "198.51.100.60", "content-type": "application/json" };
  async function submit(id: string, token: string, body: unknown) {
    const res = await submitRoute(new Request(`${BASE}/${FLOW}/${id}`, { method: "POST", headers: { ...headers, authorization: `Bearer ${token}` }, body: JSON.stringify(body) }), {
      params: Promise.resolve({ flow: FLOW, id }),
    });
    return { status: res.status, json: await res.json(), retryAfter: res.headers.get("retry-after") };
  }
  async function stored(id: string) {
    const [row] = await direct`select revision, state_value, (select count(*)::int from flow_events where instance_id = ${id}) as events,
      (select count(*)::int from outbox) as messages from flow_instances where id = ${id}`;
    return row;
  }

  it("answers 503 while it is away, keeps the last committed step, and continues after", async () => {
    const res = await startRoute(new Request(`${BASE}/${FLOW}`, { method: "POST", headers }), { params: Promise.resolve({ flow: FLOW }) });
    expect(res.status).toBe(201);
    const { flow, token } = await res.json();
    let r = await submit(flow.id, token, { revision: 0, fields: { country: "US" } });
    expect(r.status).toBe(200);
    const captchaId = r.json.flow.fields.find((f: { kind: string }) => f.kind === "captcha").captcha.id;
    const before = await stored(flow.id);

    proxy.cut();
    const contact = { revision: 1, fields: { email: "db-gone@example.com", captcha: "ABCD", captchaId } };
    r = await submit(flow.id, token, contact);
    expect(r.status).toBe(503);
    expect(r.json.error.code).toBe("unavailable");
    expect(r.json.error.message).toMatch(/try again/);
    expect(r.retryAfter).toBe("5");
    const shown = await showRoute(new Request(`${BASE}/${FLOW}/${flow.id}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ flow: FLOW, id: flow.id }) });
    expect(shown.status).toBe(503);
    expect(await stored(flow.id)).toEqual(before);

    await proxy.restore();
    r = await submit(flow.id, token, contact);
    expect(r.status).toBe(200);
    expect(r.json.flow.step).toBe("verify-email");
    expect((await stored(flow.id)).revision).toBe(2);
  });

  it("a connection cut inside a step's transaction leaves nothing of the step; the flow goes on after", async () => {
    const res = await startRoute(new Request(`${BASE}/${FLOW}`, { method: "POST", headers }), { params: Promise.resolve({ flow: FLOW }) });
    const { flow, token } = await res.json();
    let r = await submit(flow.id, token, { revision: 0, fields: { country: "US" } });
    const captchaId = r.json.flow.fields.find((f: { kind: string }) => f.kind === "captcha").captcha.id;
    const before = await stored(flow.id);
    // The step's transaction has written the flow row and its event (one statement) and is queuing
    // the step's message when the line drops.
    proxy.cutWhen = (chunk) => chunk.includes('insert into "outbox"');
    const contact = { revision: 1, fields: { email: "cut-mid-step@example.com", captcha: "ABCD", captchaId } };
    r = await submit(flow.id, token, contact);
    expect(proxy.cuts).toBe(1);
    expect(r.status).toBe(503);
    expect(await stored(flow.id)).toEqual(before);
    // The picture code was used up by the attempt (codes are single-use, even when the step is
    // not saved): the flow is where it was, with a new picture to answer.
    r = await submit(flow.id, token, contact);
    expect(r.json.flow.step).toBe("contact");
    const fresh = r.json.flow.fields.find((f: { kind: string }) => f.kind === "captcha").captcha.id;
    r = await submit(flow.id, token, { revision: r.json.flow.revision, fields: { ...contact.fields, captchaId: fresh } });
    expect(r.json.flow.step).toBe("verify-email");
    const after = await stored(flow.id);
    // Two steps saved after the cut (the refused picture, then the contact): one event each, one code queued.
    expect(after).toMatchObject({ revision: 3, events: before.events + 2, messages: before.messages + 1 });
  });

  it("the sign-in API, passkey options and the session check answer 503 while it is away, not a refusal", async () => {
    const json = { ...headers, "user-agent": "fault-test" };
    const signIn = () => signInRoute(new Request("http://gatehouse.test/api/sign-in", { method: "POST", headers: json, body: JSON.stringify({ identifier: "nobody@example.com", password: "Whatever-Passw0rd" }) }));
    const options = () => passkeyOptionsRoute(new Request("http://gatehouse.test/api/sign-in/passkey/options", { method: "POST", headers: json, body: "{}" }));
    const session = () => sessionRoute();
    // With the database there: the usual answers.
    expect((await signIn()).status).toBe(401);
    expect((await options()).status).toBe(200);
    expect((await session()).status).toBe(401);

    proxy.cut();
    try {
      for (const answer of [await signIn(), await options(), await session()]) {
        expect(answer.status).toBe(503);
        expect(answer.headers.get("retry-after")).toBe("5");
        expect((await answer.json()).error.code).toBe("unavailable");
      }
    } finally {
      await proxy.restore();
    }
    expect((await session()).status).toBe(401);
  });

  it("slow but present: every answer is right, just later", async () => {
    proxy.latencyMs = 30;
    try {
      const res = await startRoute(new Request(`${BASE}/${FLOW}`, { method: "POST", headers }), { params: Promise.resolve({ flow: FLOW }) });
      expect(res.status).toBe(201);
      const { flow, token } = await res.json();
      const r = await submit(flow.id, token, { revision: 0, fields: { country: "US" } });
      expect(r.json.flow.step).toBe("contact");
    } finally {
      proxy.latencyMs = 0;
    }
  });
});

describe("the try-again page and the error check", () => {
  it("the page says nothing was saved halfway and offers Try again", () => {
    const html = renderToStaticMarkup(TryAgain({ onRetry: () => {} }));
    expect(html).toContain(TRY_AGAIN_TEXT);
    expect(html).toContain(">Try again</button>");
  });

  it("tells connection failures from refused queries", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { cause: Object.assign(new Error("y"), { code: "ECONNREFUSED" }) }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("plain"))).toBe(false);
  });
});
