import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for Resend (POST /emails, Idempotency-Key) and Twilio (POST .../Messages.json,
 * I-Twilio-Idempotency-Token) that a test can break: answer 500, never answer, or accept the
 * message and then answer 500 as if the connection broke. Like the real providers, a repeated
 * idempotency key is answered without delivering a second copy; `delivered` is what people got.
 */

export type StubMode = "ok" | "error" | "hang" | "accept-then-fail";

export type StubRequest = { provider: "resend" | "twilio"; key: string | undefined; to: string; body: string; at: number; answered: number | "hung" };

export type ProviderStub = {
  url: string;
  mode: StubMode;
  requests: StubRequest[];
  /** One entry per message that reached a person (a key delivered once). */
  delivered: Map<string, StubRequest>;
  /** The text of the newest message delivered to `to`. */
  lastTextTo(to: string): string | undefined;
  close(): Promise<void>;
};

export async function startProviderStub(port = 0): Promise<ProviderStub> {
  const hung = new Set<http.ServerResponse>();
  const stub: ProviderStub = {
    url: "",
    mode: "ok",
    requests: [],
    delivered: new Map(),
    lastTextTo(to) {
      const hits = [...stub.delivered.values()].filter((r) => r.to === to);
      return hits.at(-1)?.body;
    },
    async close() {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const twilio = (req.url ?? "").endsWith("/Messages.json");
      const key = (twilio ? req.headers["i-twilio-idempotency-token"] : req.headers["idempotency-key"]) as string | undefined;
      let to = "";
      let body = raw;
      if (twilio) {
        const form = new URLSearchParams(raw);
        to = form.get("To") ?? "";
        body = form.get("Body") ?? "";
      } else {
        const json = JSON.parse(raw || "{}") as { to?: string | string[]; text?: string };
        to = Array.isArray(json.to) ? json.to[0] : (json.to ?? "");
        body = json.text ?? "";
      }
      const request: StubRequest = { provider: twilio ? "twilio" : "resend", key, to, body, at: Date.now(), answered: 200 };
      stub.requests.push(request);
      const mode = stub.mode;
      if (mode === "hang") {
        request.answered = "hung";
        hung.add(res);
        return;
      }
      if (mode === "ok" || mode === "accept-then-fail") {
        if (key && !stub.delivered.has(key)) stub.delivered.set(key, request);
      }
      res.setHeader("content-type", "application/json");
      if (mode === "error" || mode === "accept-then-fail") {
        request.answered = 500;
        res.statusCode = 500;
        res.end(JSON.stringify(twilio ? { code: 20500, message: "Internal Server Error" } : { name: "internal_server_error", message: "Something broke", statusCode: 500 }));
        return;
      }
      res.end(JSON.stringify(twilio ? { sid: `SM${stub.requests.length}`, status: "queued" } : { id: `email-${stub.requests.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", () => r()));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return stub;
}

/** Point the transports at the stub (lib/messaging/transports.ts reads these on every send). */
export function useStubProviders(stub: ProviderStub) {
  process.env.RESEND_API_KEY = "re_test_stub";
  process.env.RESEND_BASE_URL = stub.url;
  process.env.TWILIO_ACCOUNT_SID = "ACstub";
  process.env.TWILIO_AUTH_TOKEN = "stub-token";
  process.env.TWILIO_FROM = "+15005550006";
  process.env.TWILIO_BASE_URL = stub.url;
}
