import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resendTransport } from "@/lib/messaging/transports";

/**
 * The Resend transport against a local stub of Resend's HTTP API (RESEND_BASE_URL), checked at the
 * HTTP boundary: what is sent, with which idempotency key, and how a refusal surfaces.
 */
type Received = { path: string; key: string | undefined; auth: string | undefined; body: Record<string, unknown> };
const received: Received[] = [];
const accepted = new Set<string>();
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const body = JSON.parse(raw || "{}");
      const key = req.headers["idempotency-key"] as string | undefined;
      received.push({ path: req.url ?? "", key, auth: req.headers.authorization, body });
      res.setHeader("content-type", "application/json");
      if (body.to?.[0] === "refused@example.com" || body.to === "refused@example.com") {
        res.statusCode = 422;
        res.end(JSON.stringify({ name: "validation_error", message: "Invalid `to` field.", statusCode: 422 }));
        return;
      }
      // Like Resend: the same idempotency key is accepted again without sending a second email.
      if (key) accepted.add(key);
      res.end(JSON.stringify({ id: `email_${accepted.size}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.RESEND_BASE_URL;
  await new Promise((r) => server.close(r));
});

describe("Resend transport", () => {
  it("posts the message with the API key and the outbox idempotency key", async () => {
    const t = resendTransport("re_test_key");
    const message = { channel: "email", to: "ana@example.com", subject: "Hi", text: "Code 123456", html: "<p>Code 123456</p>", idempotencyKey: "flow-1:2:0" };
    await t.send(message);
    await t.send(message); // a retry after a crash
    expect(received).toHaveLength(2);
    expect(received[0]).toMatchObject({ path: "/emails", key: "flow-1:2:0", auth: "Bearer re_test_key" });
    expect(received[0].body).toMatchObject({ subject: "Hi", text: "Code 123456", html: "<p>Code 123456</p>" });
    expect(received[1].key).toBe(received[0].key);
    expect(accepted.size).toBe(1);
  });

  it("throws when Resend refuses, so the dispatcher retries later", async () => {
    await expect(
      resendTransport("re_test_key").send({ channel: "email", to: "refused@example.com", subject: "x", text: "x", idempotencyKey: "k2" }),
    ).rejects.toThrow(/Resend refused the message: validation_error/);
  });
});
