import { describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { flowInstances, mailbox } from "@/lib/db/schema";
import { beginSignIn } from "@/lib/auth/sign-in";
import { listTrustedDevices, newDeviceToken } from "@/lib/auth/devices";
import { submitStep } from "@/lib/flows/runtime";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { codeIn } from "@/lib/dev/mailbox";
import { requestClient } from "@/lib/http/form";
import { useFlowDatabase, insertAccount } from "./db";

/**
 * The address the owner is shown for a sign-in (the "New sign-in" notice, trusted browsers, the
 * flow's record) is the one the trusted hop wrote, read from the request headers the way a server
 * action reads them: never a value the client chose in a header the app does not trust.
 */
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const database = useFlowDatabase();
const PASSWORD = "Shown-Passw0rd-1";
let n = 0;

async function account() {
  return insertAccount(database(), `shown_${++n}`, PASSWORD);
}

async function messages(to: string) {
  await dispatchDue(database());
  return database().select().from(mailbox).where(eq(mailbox.recipient, to)).orderBy(sql`id desc`);
}

/** Sign in on a new browser with these request headers, enter the emailed code and trust the browser. */
async function signInFrom(headers: Record<string, string>) {
  requestHeaders = new Headers({ "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", ...headers });
  const u = await account();
  const client = await requestClient();
  const started = await beginSignIn(u.username, PASSWORD, client, newDeviceToken());
  if (started.kind !== "check") throw new Error(`expected a sign-in check, got ${started.kind}`);
  const [codeMessage] = (await messages(u.email!)).filter((m) => /verification code/i.test(m.subject));
  const done = await submitStep("sign-in-check", started.flowId, started.flowToken, { revision: 1, fields: { code: codeIn(codeMessage.text)!, trustDevice: "on" } }, client);
  expect(done.kind).toBe("completed");
  const [notice] = (await messages(u.email!)).filter((m) => m.subject === "New sign-in to your account");
  const [device] = await listTrustedDevices(u.id);
  const [flow] = await database().select({ clientAddress: flowInstances.clientAddress }).from(flowInstances).where(eq(flowInstances.id, started.flowId));
  return { notice: `${notice.subject}\n${notice.text}\n${notice.html ?? ""}`, device: device.clientAddress, flow: flow.clientAddress };
}

describe("addresses shown to the owner", () => {
  it("never come from X-Real-IP the client sent (reached with an empty X-Forwarded-For)", async () => {
    const shown = await signInFrom({ "x-forwarded-for": ",", "x-real-ip": "6.6.6.6" });
    expect(shown.notice).not.toContain("6.6.6.6");
    expect(shown.notice).toContain("address unknown");
    expect(shown.device).not.toBe("6.6.6.6");
    expect(shown.flow).not.toBe("6.6.6.6");
  });

  it("are the hop the proxy wrote, not the entries a client put before it", async () => {
    const shown = await signInFrom({ "x-forwarded-for": "6.6.6.6, 203.0.113.61" });
    expect(shown.notice).not.toContain("6.6.6.6");
    expect(shown.notice).toContain("Network 203.0.x.x (address 203.0.113.61)");
    expect(shown.device).toBe("203.0.113.61");
    expect(shown.flow).toBe("203.0.113.61");
  });

  it("never carry text a client wrote in place of an address", async () => {
    const shown = await signInFrom({ "x-forwarded-for": "Call +1 800 555 0100 to keep your account" });
    expect(shown.notice).not.toMatch(/800 555|keep your account/);
    expect(shown.device).toBe("unknown");
  });
});
