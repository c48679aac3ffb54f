import { expect, test } from "@playwright/test";
import { DEMO, clientHeaders } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

test("a native app signs in by API: the code once, then its trusted device token is enough", async ({ request }) => {
  const inbox = "demo@gatehouse.local";
  // Wrong password and unknown account: the same refusal.
  const wrong = await request.post("/api/sign-in", { data: { identifier: DEMO.username, password: "not-it" } });
  const nobody = await request.post("/api/sign-in", { data: { identifier: "no_such_account_e2e", password: "not-it" } });
  expect(wrong.status()).toBe(401);
  expect(nobody.status()).toBe(401);
  expect((await wrong.json()).error).toEqual((await nobody.json()).error);
  expect((await request.post("/api/sign-in", { data: { identifier: DEMO.username } })).status()).toBe(400);

  const before = (await (await request.get(`/dev/mailbox/latest?to=${encodeURIComponent(inbox)}`)).json()).message?.id ?? 0;
  const first = await request.post("/api/sign-in", { data: { identifier: DEMO.username, password: DEMO.password } });
  expect(first.status()).toBe(200);
  const check = await first.json();
  expect(check).toMatchObject({ status: "check", flow: { flow: "sign-in-check" }, token: expect.any(String), deviceToken: expect.any(String) });
  const url = `/api/flows/sign-in-check/${check.flow.id}`;
  const headers = { authorization: `Bearer ${check.token}` };
  let view = check.flow;
  if (view.step === "choose") view = (await (await request.post(url, { headers, data: { revision: view.revision, action: "SEND_EMAIL", fields: {} } })).json()).flow;
  expect(view.step).toBe("verify");

  let code: string | null = null;
  for (let i = 0; i < 40 && !code; i++) {
    const m = (await (await request.get(`/dev/mailbox/latest?to=${encodeURIComponent(inbox)}`)).json()).message;
    if (m && m.id !== before) code = m.code ?? null;
  }
  const done = await (await request.post(url, { headers, data: { revision: view.revision, fields: { code, trustDevice: true } } })).json();
  expect(done.flow.status).toBe("completed");
  expect((await request.post("/api/session", { data: { loginToken: done.loginToken } })).status()).toBe(200);
  expect((await (await request.get("/api/session")).json()).user).toMatchObject({ name: DEMO.username });

  // The next sign-in from this app presents its device token: a session at once, no code.
  const again = await request.post("/api/sign-in", { data: { identifier: DEMO.username, password: DEMO.password, deviceToken: check.deviceToken } });
  expect(await again.json()).toEqual({ status: "signed_in", deviceToken: check.deviceToken });
  expect(again.headers()["set-cookie"]).toMatch(/session-token=/);
});
