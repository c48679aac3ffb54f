import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { trustedDevices } from "@/lib/db/schema";
import { consumeLoginToken } from "@/lib/auth/credentials";
import { deviceTokenHash, deviceTokenFrom } from "@/lib/auth/devices";
import { MAX_FAILURES } from "@/lib/auth/lockout";
import { codeIn } from "@/lib/dev/mailbox";
import { limits } from "@/lib/security/rate-limit";
import { useFlowDatabase, insertAccount } from "./db";
import { signedIn } from "../support/sign-in-stub";
import { lastMailTo } from "../support/mail";

/**
 * POST /api/sign-in as a native app meets it, through the route handlers. Auth.js is replaced by a
 * stand-in that does what its credentials provider does: consume the login token once.
 */
vi.mock("@/lib/auth", () => import("../support/sign-in-stub"));

const { POST: signInRoute } = await import("@/app/api/sign-in/route");
const { POST: flowStart } = await import("@/app/api/flows/[flow]/route");
const { GET: flowGet, POST: flowPost } = await import("@/app/api/flows/[flow]/[id]/route");

const database = useFlowDatabase();
const PASSWORD = "Native-Passw0rd-1";
let n = 0;

async function account(prefix: string, opts: { phone?: string } = {}) {
  return insertAccount(database(), `${prefix}_${++n}`, PASSWORD, { phone: opts.phone ?? null });
}

type Answer = { status: number; body: Record<string, any> };

async function call(body: unknown, opts: { address?: string; contentType?: string; raw?: string } = {}): Promise<Answer> {
  const request = new Request("http://gatehouse.test/api/sign-in", {
    method: "POST",
    headers: { "content-type": opts.contentType ?? "application/json", "x-forwarded-for": opts.address ?? "203.0.113.20", "user-agent": "GatehouseApp/1.0 (iOS 19)" },
    body: opts.raw ?? JSON.stringify(body),
  });
  const response = await signInRoute(request);
  return { status: response.status, body: await response.json() };
}

const params = (id: string) => ({ params: Promise.resolve({ flow: "sign-in-check", id }) });

async function step(id: string, token: string, submission: unknown): Promise<Answer> {
  const request = new Request(`http://gatehouse.test/api/flows/sign-in-check/${id}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-forwarded-for": "203.0.113.20" },
    body: JSON.stringify(submission),
  });
  const response = await flowPost(request, params(id));
  return { status: response.status, body: await response.json() };
}

async function codeFor(to: string) {
  const m = await lastMailTo(database(), to);
  return codeIn(m.text)!;
}

describe("POST /api/sign-in", () => {
  it("asks a new app for the emailed code, trusts its device token when asked, then signs it in at once", async () => {
    const u = await account("app");
    const first = await call({ identifier: u.username, password: PASSWORD });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe("check");
    expect(first.body.flow.step).toBe("verify");
    expect(first.body.flow.fields.map((f: { name: string }) => f.name)).toEqual(["code", "trustDevice"]);
    const deviceToken: string = first.body.deviceToken;
    const token = deviceTokenFrom(deviceToken);
    expect(token).not.toBeNull();

    // The flow is continued through the flows API with the bearer token; GET shows the same step.
    const id: string = first.body.flow.id;
    const shown = await flowGet(new Request(`http://gatehouse.test/api/flows/sign-in-check/${id}`, { headers: { authorization: `Bearer ${first.body.token}` } }), params(id));
    expect(shown.status).toBe(200);
    expect((await shown.json()).flow.step).toBe("verify");
    const code = await codeFor(u.email!);
    const wrong = await step(id, first.body.token, { revision: 1, fields: { code: code === "000000" ? "111111" : "000000" } });
    expect(wrong.body.errors[0]).toMatchObject({ field: "code", code: "code_wrong" });
    const done = await step(id, first.body.token, { revision: 2, fields: { code, trustDevice: true } });
    expect(done.status).toBe(200);
    expect(done.body.loginToken).toEqual(expect.any(String));
    expect(await consumeLoginToken(done.body.loginToken)).toMatchObject({ id: u.id });
    const trusted = await database().select().from(trustedDevices).where(eq(trustedDevices.userId, u.id));
    expect(trusted.map((t) => t.tokenHash)).toEqual([deviceTokenHash(token!)]);

    // Next time the same device token means no code: the session comes back at once.
    const before = signedIn.length;
    const again = await call({ identifier: u.email, password: PASSWORD, deviceToken });
    expect(again).toEqual({ status: 200, body: { status: "signed_in", deviceToken } });
    expect(signedIn.slice(before)).toEqual([u.id]);
    // Without it (or with a forged one) the code is asked for again, and a new token is given.
    const forged = await call({ identifier: u.email, password: PASSWORD, deviceToken: `${token}.AAAAAAAAAAAAAAAAAAAAAA` });
    expect(forged.body.status).toBe("check");
    expect(forged.body.deviceToken).not.toBe(deviceToken);
  });

  it("lets the app choose email or SMS and resend, with the page's cooldown", async () => {
    const u = await account("both", { phone: "+12015550188" });
    const first = await call({ identifier: u.username, password: PASSWORD });
    expect(first.body.flow.step).toBe("choose");
    const sms = await step(first.body.flow.id, first.body.token, { revision: first.body.flow.revision, action: "SEND_SMS", fields: {} });
    expect(sms.body.flow.step).toBe("verify");
    // Only masked until the code proves the app holds the phone.
    expect(sms.body.flow.context.target).toBe("+1*** *** 0188");
    const early = await step(first.body.flow.id, first.body.token, { revision: sms.body.flow.revision, action: "RESEND", fields: {} });
    expect(early.body.flow.actions.find((a: { event: string }) => a.event === "RESEND").availableAt).toEqual(expect.any(String));
  });

  it("gives unknown accounts and wrong passwords the same answer, and locks the identifier", async () => {
    const u = await account("lock");
    const unknown = await call({ identifier: "nobody_here_at_all", password: PASSWORD }, { address: "203.0.113.31" });
    const wrong = await call({ identifier: u.username, password: "not-the-password" }, { address: "203.0.113.31" });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect({ ...unknown.body, deviceToken: "" }).toEqual({ ...wrong.body, deviceToken: "" });
    expect(wrong.body.error.code).toBe("invalid_credentials");

    for (let i = 1; i < MAX_FAILURES; i++) await call({ identifier: u.username, password: "not-the-password" }, { address: "203.0.113.31" });
    const locked = await call({ identifier: u.username, password: PASSWORD }, { address: "203.0.113.31" });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("locked");
    expect(Date.parse(locked.body.error.retryAt)).toBeGreaterThan(Date.now());
    // An unknown identifier locks the same way.
    for (let i = 1; i < MAX_FAILURES; i++) await call({ identifier: "nobody_here_at_all", password: "x" }, { address: "203.0.113.31" });
    expect((await call({ identifier: "nobody_here_at_all", password: "x" }, { address: "203.0.113.31" })).body.error.code).toBe("locked");
  });

  it("answers 429 once a network has used its sign-in attempts", async () => {
    let last: Answer | undefined;
    for (let i = 0; i <= limits.signInAttemptsPerClient.max; i++) last = await call({ identifier: `flood_${i}`, password: "x" }, { address: "203.0.113.77" });
    expect(last!.status).toBe(429);
    expect(last!.body.error.code).toBe("rate_limited");
    // Another network is not affected.
    expect((await call({ identifier: "flood_x", password: "x" }, { address: "203.0.113.78" })).status).toBe(401);
  });

  it("refuses bad input with 400, non-JSON with 415, and never starts a check through the flows API", async () => {
    expect((await call({ identifier: "", password: "x" })).status).toBe(400);
    expect((await call({ identifier: "someone" })).body.error.issues[0].path).toBe("password");
    expect((await call(null, { raw: "{not json" })).status).toBe(400);
    const control = await call({ identifier: "some\u0000one", password: "x" });
    expect(control.status).toBe(400);
    expect(control.body.errors).toEqual([{ field: "identifier", code: "control_characters", message: "Remove the invisible control characters." }]);
    expect((await call({ identifier: "a".repeat(255), password: "x" })).status).toBe(400);
    expect((await call(null, { contentType: "application/x-www-form-urlencoded", raw: "identifier=a&password=b" })).status).toBe(415);
    const start = await flowStart(new Request("http://gatehouse.test/api/flows/sign-in-check", { method: "POST" }), { params: Promise.resolve({ flow: "sign-in-check" }) });
    expect(start.status).toBe(404);
    const stranger = await step("00000000-0000-0000-0000-000000000000", "no-such-token", { revision: 0, fields: {} });
    expect(stranger.status).toBe(404);
  });
});
