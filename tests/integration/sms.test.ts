import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twilioTransport, type TwilioSettings } from "@/lib/messaging/transports";

/** The SMS transport against a local stub of Twilio's Messages API, checked at the HTTP boundary. */
type Received = { path: string; auth?: string; token?: string; form: URLSearchParams };
const received: Received[] = [];
const sent = new Set<string>();
let server: http.Server;
let settings: TwilioSettings;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const form = new URLSearchParams(raw);
      const token = req.headers["i-twilio-idempotency-token"] as string | undefined;
      received.push({ path: req.url ?? "", auth: req.headers.authorization, token, form });
      res.setHeader("content-type", "application/json");
      if (form.get("To") === "+15005550001") {
        res.statusCode = 400;
        res.end(JSON.stringify({ code: 21211, message: "The 'To' number is not a valid phone number." }));
        return;
      }
      if (token) sent.add(token); // a repeated token is not texted again
      res.statusCode = 201;
      res.end(JSON.stringify({ sid: `SM${sent.size}`, status: "queued" }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  settings = { accountSid: "AC123", authToken: "secret", from: "+15005550006", baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
});
afterAll(() => new Promise((r) => server.close(r)));

describe("Twilio SMS transport", () => {
  it("posts the text with basic auth and the outbox idempotency key", async () => {
    const t = twilioTransport(settings);
    const m = { channel: "sms", to: "+12015550123", subject: "Verification code", text: "Your Gatehouse verification code is 123456.", idempotencyKey: "f:2:0" };
    await t.send(m);
    await t.send(m);
    expect(received[0].path).toBe("/2010-04-01/Accounts/AC123/Messages.json");
    expect(received[0].auth).toBe(`Basic ${Buffer.from("AC123:secret").toString("base64")}`);
    expect(Object.fromEntries(received[0].form)).toEqual({ To: "+12015550123", From: "+15005550006", Body: m.text });
    expect(received.map((r) => r.token)).toEqual(["f:2:0", "f:2:0"]);
    expect(sent.size).toBe(1);
  });

  it("throws with Twilio's reason when it refuses, so the dispatcher retries or gives up", async () => {
    await expect(
      twilioTransport(settings).send({ channel: "sms", to: "+15005550001", subject: "x", text: "x", idempotencyKey: "k" }),
    ).rejects.toThrow(/Twilio refused the message: 400 21211/);
  });
});
