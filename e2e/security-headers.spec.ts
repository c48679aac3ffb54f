import http from "node:http";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { EDITOR, clientHeaders, signIn } from "./helpers";

/**
 * What every answer says to the browser (CSP with nonces, framing, HSTS, referrer, permissions),
 * and how the server answers requests no browser of ours sends: a server action from another
 * origin, control characters in fields, a body over the upload limit.
 */

test.use({ extraHTTPHeaders: clientHeaders() });

const CONTROL_MESSAGE = "Remove the invisible control characters.";

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function expectBaseHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  const permissions = h["permissions-policy"] ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) expect(permissions).toContain(feature);
  // Passkeys may come later: nothing here may forbid them.
  expect(permissions).not.toContain("publickey-credentials");
  const csp = directives(h["content-security-policy"] ?? "");
  expect(csp["frame-ancestors"]).toEqual(["'none'"]);
  expect(csp["object-src"]).toEqual(["'none'"]);
  expect(csp["base-uri"]).toEqual(["'self'"]);
  expect(csp["form-action"]).toEqual(["'self'"]);
  return csp;
}

/** The server-action id of the first form on a page, as a browser without JavaScript posts it. */
async function actionId(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  // The page's own form, inside <main> (the header's language picker is a form too).
  const id = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html.slice(html.indexOf("<main")))?.[1];
  expect(id, `a server action form on ${path}`).toBeTruthy();
  return id!;
}

test("a page carries a nonce-based CSP and the other security headers, with a fresh nonce each time", async ({ request }) => {
  const first = await request.get("/login");
  expect(first.status()).toBe(200);
  const csp = expectBaseHeaders(first);
  const nonce = /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(csp["script-src"].find((s) => s.startsWith("'nonce-")) ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(csp["script-src"]).toContain("'strict-dynamic'");
  expect(csp["script-src"]).not.toContain("'unsafe-inline'");
  expect(csp["script-src"]).not.toContain("'unsafe-eval'");
  expect(csp["img-src"]).toEqual(expect.arrayContaining(["'self'", "data:", "blob:"]));
  expect(csp["connect-src"]).toEqual(["'self'"]);
  expect(csp["default-src"]).toEqual(["'self'"]);
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Plain http: no HSTS (a browser ignores it there, and a dev server must not pin https).
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  // Next.js puts the nonce on its own scripts.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const second = await request.get("/login");
  expect(directives(second.headers()["content-security-policy"])["script-src"]).not.toContain(`'nonce-${nonce}'`);
});

test("an API answer carries the security headers too", async ({ request }) => {
  const api = await request.get("/api/session");
  expect(api.status()).toBe(401);
  expectBaseHeaders(api);
  const started = await request.post("/api/flows/user-registration");
  expect(started.status()).toBe(201);
  expectBaseHeaders(started);
});

test("HSTS is sent when the proxy in front says the request came over https", async ({ request }) => {
  const page = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(page.headers()["strict-transport-security"]).toMatch(/^max-age=(\d+); includeSubDomains$/);
  expect(Number(/max-age=(\d+)/.exec(page.headers()["strict-transport-security"])![1])).toBeGreaterThanOrEqual(31536000);
});

test("pages and links whose address holds a token send no referrer", async ({ request }) => {
  for (const path of ["/newsletter/confirm?token=abcdefghijklmnopqrstuvwxyz", "/newsletter/unsubscribe?token=abcdefghijklmnopqrstuvwxyz"]) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(200);
    expect(r.headers()["referrer-policy"], path).toBe("no-referrer");
  }
  for (const path of ["/verify-email?token=abcdefghijklmnopqrstuvwxyz", "/api/newsletter/unsubscribe?token=abcdefghijklmnopqrstuvwxyz"]) {
    const r = await request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBe(303);
    expect(r.headers()["referrer-policy"], path).toBe("no-referrer");
  }
});

test("another site cannot frame a page (the sign-out and approve buttons)", async ({ page, baseURL }) => {
  // A page of no origin of ours frames the sign-in page.
  await page.setContent(`<iframe name="victim" src="${baseURL}/login" width="800" height="600"></iframe>`, { waitUntil: "load" });
  const frame = page.frame({ name: "victim" });
  expect(frame).toBeTruthy();
  await page.waitForTimeout(500);
  // A refused frame shows the browser's error page, never the sign-in form.
  expect(await frame!.getByRole("heading", { name: "Login" }).count()).toBe(0);
});

test("pages hydrate under the CSP, with no violation reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/register");
  await page.getByRole("link", { name: "America", exact: true }).click();
  await page.getByRole("link", { name: "USA", exact: true }).click();
  // The confirmation is a client-side dialog: it only opens when React hydrated.
  await expect(page.getByRole("dialog")).toContainText('Sure to select "USA"?');
  expect(await page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe("object");
  const collected = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let n = 0;
        document.addEventListener("securitypolicyviolation", () => n++);
        setTimeout(() => resolve(n), 300);
      }),
  );
  expect(collected).toBe(0);
  expect(violations).toEqual([]);
});

test("the studio's diagram (React Flow, inline styles) draws under the CSP, with no violation reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await signIn(page, EDITOR.username, EDITOR.password);
  await page.goto("/studio/user-registration");
  const diagram = page.getByRole("figure", { name: "Flow diagram" });
  await expect(diagram).toBeVisible();
  await expect(diagram.locator(".react-flow__node").first()).toBeVisible();
  // React Flow places its nodes with inline transforms: they must have been applied.
  const transform = await diagram.locator(".react-flow__node").first().evaluate((el) => getComputedStyle(el).transform);
  expect(transform).not.toBe("none");
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Check your email" }).click();
  await expect(page.getByRole("heading", { name: "Step: verifyEmail" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a server action posted from another origin gets 403, not 500", async ({ request, baseURL }) => {
  const id = await actionId(request, "/login");
  // The fetch form React uses with JavaScript on.
  const viaFetch = await request.post("/login", {
    headers: { "Next-Action": id, Origin: "http://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(viaFetch.status()).toBe(403);
  expect(await viaFetch.text()).toContain("another site");
  // The plain form post of a browser without JavaScript.
  const viaForm = await request.post("/login", {
    headers: { Origin: "http://evil.example" },
    multipart: { [`$ACTION_ID_${id}`]: "", identifier: "demo", password: "x" },
    maxRedirects: 0,
  });
  expect(viaForm.status()).toBe(403);
  // A sibling site and an opaque origin from another site are refused the same way.
  const sibling = await request.post("/login", {
    headers: { Origin: "null", "Sec-Fetch-Site": "cross-site" },
    multipart: { [`$ACTION_ID_${id}`]: "", identifier: "demo", password: "x" },
    maxRedirects: 0,
  });
  expect(sibling.status()).toBe(403);
  // Our own origin still works (a wrong password sends the person back to the form).
  const own = await request.post("/login", {
    headers: { Origin: new URL(baseURL!).origin },
    multipart: { [`$ACTION_ID_${id}`]: "", identifier: "nobody-here", password: "not-the-password" },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(303);
});

test("NUL in a field of the JSON API answers 400 with the field error", async ({ request }) => {
  const started = await request.post("/api/flows/user-registration");
  const { flow, token } = await started.json();
  for (const country of ["\u0000", "GB\u0000", "\ud800"]) {
    const r = await request.post(`/api/flows/user-registration/${flow.id}`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { revision: flow.revision, fields: { country } },
    });
    expect(r.status(), JSON.stringify(country)).toBe(400);
    const body = await r.json();
    expect(body.error.code).toBe("invalid_request");
    expect(body.errors).toEqual([{ field: "country", code: "control_characters", message: CONTROL_MESSAGE }]);
  }
  // Shapes the API does not know are 400 too.
  for (const data of [{ revision: "0", fields: {} }, { revision: 0, fields: [] }, { revision: 0, fields: { country: { a: 1 } } }, [1], "x"]) {
    const r = await request.post(`/api/flows/user-registration/${flow.id}`, { headers: { Authorization: `Bearer ${token}` }, data });
    expect(r.status(), JSON.stringify(data)).toBe(400);
  }
  // The flow is untouched and still takes a real answer.
  const ok = await request.post(`/api/flows/user-registration/${flow.id}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { revision: flow.revision, fields: { country: "GB" } },
  });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).flow.step).toBe("contact");
});

test("NUL in a form post shows the field error on the page", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const id = await actionId(request, "/register?region=America&confirm=US");
  const r = await request.post("/register?region=America&confirm=US", {
    headers: { Origin: origin },
    multipart: { [`$ACTION_ID_${id}`]: "", country: "\u0000" },
  });
  expect(r.status()).toBe(200);
  expect(await r.text()).toContain(CONTROL_MESSAGE);

  const signIn = await actionId(request, "/login");
  const login = await request.post("/login", {
    headers: { Origin: origin },
    multipart: { [`$ACTION_ID_${signIn}`]: "", identifier: "demo\u0000", password: "Gatehouse-Demo-2026" },
  });
  expect(login.status()).toBe(200);
  expect(await login.text()).toContain(CONTROL_MESSAGE);
});

test("a body over the upload limit gets our page and 413, with or without Content-Length", async ({ request, baseURL }) => {
  const id = await actionId(request, "/login");
  const big = Buffer.alloc(12 * 1024 * 1024, 0x61);
  const r = await request.post("/login", {
    headers: { Origin: new URL(baseURL!).origin },
    multipart: { [`$ACTION_ID_${id}`]: "", identifier: "demo", photo: { name: "label.jpg", mimeType: "image/jpeg", buffer: big } },
    maxRedirects: 0,
  });
  expect(r.status()).toBe(413);
  expect(r.headers()["content-type"]).toContain("text/html");
  const html = await r.text();
  expect(html).toContain("too large");
  expect(html).toContain("10 MB");

  // Chunked: no Content-Length announces the size.
  const url = new URL("/login", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      url,
      { method: "POST", headers: { Origin: url.origin, "Content-Type": "multipart/form-data; boundary=XyZ", "Transfer-Encoding": "chunked", "Next-Action": id } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    const chunk = Buffer.alloc(256 * 1024, 0x62);
    req.write(`--XyZ\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    for (let sent = 0; sent < 12 * 1024 * 1024; sent += chunk.length) req.write(chunk);
    req.end("\r\n--XyZ--\r\n");
  });
  expect(status).toBe(413);

  // The JSON API answers 413 in JSON.
  const api = await request.post("/api/flows/user-registration/00000000-0000-0000-0000-000000000000", {
    headers: { "Content-Type": "application/json" },
    data: Buffer.alloc(12 * 1024 * 1024, 0x20),
  });
  expect(api.status()).toBe(413);
  expect((await api.json()).error.code).toBe("too_large");
});
