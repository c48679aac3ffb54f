import { expect, test } from "@playwright/test";
import { CAPTCHA, PASSWORD, clientHeaders, unique } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

test("a native app registers through the JSON API and exchanges the login token for a session", async ({ request }) => {
  const { email, username } = unique("api");
  const started = await request.post("/api/flows/user-registration");
  expect(started.status()).toBe(201);
  const { flow, token } = await started.json();
  expect(flow).toMatchObject({ step: "country", revision: 0, fields: [{ name: "country", kind: "country" }] });
  const url = `/api/flows/user-registration/${flow.id}`;
  const auth = { authorization: `Bearer ${token}` };
  const post = (data: unknown) => request.post(url, { headers: auth, data });

  let r = await post({ revision: 0, fields: { country: "us" } });
  let body = await r.json();
  expect(body.flow.step).toBe("contact");
  const captchaId = body.flow.fields.find((f: { kind: string }) => f.kind === "captcha").captcha.id;

  // Bad request, unknown flow, wrong token, stale revision: clear answers, never a 500.
  expect((await request.post(url, { headers: auth, data: "not json" })).status()).toBe(400);
  expect((await request.get(url, { headers: { authorization: "Bearer wrong" } })).status()).toBe(404);
  expect((await request.get("/api/flows/user-registration/not-a-uuid", { headers: auth })).status()).toBe(404);
  r = await post({ revision: 0, fields: { country: "US" } });
  expect(r.status()).toBe(409);
  expect((await r.json()).flow.step).toBe("contact");

  r = await post({ revision: 1, fields: { email: "not-an-email", captcha: CAPTCHA, captchaId } });
  body = await r.json();
  expect(body.errors).toEqual([expect.objectContaining({ field: "email", code: "invalid" })]);
  r = await post({ revision: 1, fields: { email, captcha: CAPTCHA, captchaId } });
  body = await r.json();
  expect(body.flow.step).toBe("verify-email");

  let code: string | null = null;
  for (let i = 0; i < 40 && !code; i++) {
    code = (await (await request.get(`/dev/mailbox/latest?to=${encodeURIComponent(email)}`)).json()).message?.code ?? null;
  }
  r = await post({ revision: 2, fields: { code } });
  expect((await r.json()).flow.step).toBe("credentials");
  r = await post({ revision: 3, fields: { username, password: PASSWORD, confirmPassword: PASSWORD, terms: true } });
  body = await r.json();
  expect(body.flow.status).toBe("completed");
  expect(body.loginToken).toBeTruthy();

  expect((await request.post("/api/session", { data: "x", headers: { "content-type": "text/plain" } })).status()).toBe(415);
  const session = await request.post("/api/session", { data: { loginToken: body.loginToken } });
  expect(session.status()).toBe(200);
  const me = await (await request.get("/api/session")).json();
  expect(me.user).toMatchObject({ name: username, email, role: "user" });
  // The login token works once.
  expect((await request.post("/api/session", { data: { loginToken: body.loginToken } })).status()).toBe(401);
});

test("flows about a signed-in account cannot be started from the API", async ({ request }) => {
  const r = await request.post("/api/flows/contact-change");
  expect(r.status()).toBe(404);
  expect((await r.json()).error.code).toBe("unknown_flow");
});
