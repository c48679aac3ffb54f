import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { authSessions, flowInstances, mailbox, signInLocks, trustedDevices, users } from "@/lib/db/schema";
import { beginSignIn, type SignInStart } from "@/lib/auth/sign-in";
import { consumeLoginToken } from "@/lib/auth/credentials";
import { deviceTokenHash, forgetDevice, listTrustedDevices, newDeviceToken } from "@/lib/auth/devices";
import { createSession, liveSession } from "@/lib/auth/sessions";
import { endOtherSessions, endSession, setTwoFactor } from "@/lib/accounts/security";
import { identifierLock } from "@/lib/auth/lockout";
import { normalizeSignInIdentifier } from "@/lib/auth/identifier";
import { showFlow, startFlow, submitStep, type ClientInfo } from "@/lib/flows/runtime";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { codeIn } from "@/lib/dev/mailbox";
import { useFlowDatabase, viewOf, insertAccount } from "./db";

const FLOW = "sign-in-check";
const PASSWORD = "Check-Passw0rd-1";
const database = useFlowDatabase();
let n = 0;

async function account(prefix: string, opts: { phone?: string; email?: boolean } = {}) {
  const noEmail = opts.email === false ? { email: null, emailLower: null } : {};
  return insertAccount(database(), `${prefix}_${++n}`, PASSWORD, { phone: opts.phone ?? null, ...noEmail });
}

async function messagesTo(to: string) {
  await dispatchDue(database());
  return database().select().from(mailbox).where(eq(mailbox.recipient, to)).orderBy(sql`id desc`);
}

async function codeFor(to: string) {
  const [m] = (await messagesTo(to)).filter((x) => /verification code/i.test(x.subject));
  return codeIn(m.text)!;
}

function check(r: SignInStart) {
  if (r.kind !== "check") throw new Error(`expected a sign-in check, got ${JSON.stringify(r)}`);
  return r;
}

const home = { address: "198.51.100.7", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" };
const send = (c: { flowId: string; flowToken: string }, revision: number, fields: Record<string, unknown>, intent?: string, client: ClientInfo = home) =>
  submitStep(FLOW, c.flowId, c.flowToken, { revision, fields, intent }, client);

/** Sign in on a new browser from `client`, enter the emailed code; returns the device token and the outcome. */
async function signInWithCode(u: typeof users.$inferSelect, device: string, client = home, trust = true) {
  const c = check(await beginSignIn(u.username, PASSWORD, client, device));
  const r = await send(c, 1, { code: await codeFor(u.email!), ...(trust ? { trustDevice: "on" } : {}) }, undefined, client);
  if (r.kind !== "completed") throw new Error(`expected completion, got ${JSON.stringify(viewOf(r).error)}`);
  return r;
}

describe("sign-in check", () => {
  it("asks a new browser for the emailed code, then trusts it only when asked, and tells the owner", async () => {
    const u = await account("newdev");
    const device = newDeviceToken();
    const c = check(await beginSignIn(u.email!, PASSWORD, home, device));
    // One contact: the code went out at once; the page says where (masked) and until when.
    const v = viewOf(await showFlow(FLOW, c.flowId, c.flowToken));
    expect(v.step).toBe("verify");
    expect(v.description).toMatch(/^We sent a code to n\*\*\*@example\.com\. It expires at \d\d:\d\d UTC \(in 10 minutes\)\.$/);
    expect(v.actions.map((a) => a.label)).toContain("Resend Code");
    const code = await codeFor(u.email!);
    expect(code).toMatch(/^\d{6}$/);

    const wrong = viewOf(await send(c, 1, { code: code === "000000" ? "111111" : "000000" }));
    expect(wrong.fields.find((f) => f.name === "code")?.error?.code).toBe("code_wrong");
    const done = await send(c, 2, { code, trustDevice: "on" });
    expect(done.kind).toBe("completed");
    if (done.kind !== "completed") return;
    // The login token works once.
    expect(await consumeLoginToken(done.loginToken!)).toMatchObject({ id: u.id });
    expect(await consumeLoginToken(done.loginToken!)).toBeNull();
    // Trust is stored as a hash of the browser's token, never the token.
    const rows = await database().select().from(trustedDevices).where(eq(trustedDevices.userId, u.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(deviceTokenHash(device));
    expect(JSON.stringify(rows)).not.toContain(device);
    expect((await messagesTo(u.email!))[0].subject).toBe("New sign-in to your account");

    // Next time, the same browser on the same network signs in with the password alone.
    expect(await beginSignIn(u.username, PASSWORD, { ...home, address: "198.51.100.99" }, device)).toMatchObject({ kind: "signed_in" });
    // The same browser from a network the account never used needs the code again.
    check(await beginSignIn(u.username, PASSWORD, { ...home, address: "192.0.2.10" }, device));
    // Another browser needs it too.
    check(await beginSignIn(u.username, PASSWORD, home, newDeviceToken()));
  });

  it("does not trust a browser unless Trust this device was ticked", async () => {
    const u = await account("notrust");
    const device = newDeviceToken();
    await signInWithCode(u, device, home, false);
    expect(await listTrustedDevices(u.id)).toEqual([]);
    check(await beginSignIn(u.username, PASSWORD, home, device));
  });

  it("lets a person with email and phone choose, and sends nothing before they do", async () => {
    const u = await account("both", { phone: "+12015550142" });
    const c = check(await beginSignIn(u.username, PASSWORD, home, newDeviceToken()));
    const v = viewOf(await showFlow(FLOW, c.flowId, c.flowToken));
    expect(v.step).toBe("choose");
    expect(v.submit?.label).toBe("Email a code to b***@example.com");
    expect(v.actions.map((a) => a.label)).toEqual(["Text a code to +1*** *** 0142"]);
    expect(await messagesTo("+12015550142")).toEqual([]);
    expect(viewOf(await send(c, 0, {}, "SEND_SMS")).step).toBe("verify");
    expect((await messagesTo("+12015550142"))[0].text).toMatch(/\d{6}/);
    expect((await messagesTo(u.email!)).filter((m) => /verification code/i.test(m.subject))).toEqual([]);
  });

  it("signs in a phone-only account by its number, with the code by SMS", async () => {
    const u = await account("phoneonly", { phone: "+12015550177", email: false });
    const c = check(await beginSignIn("+1 201 555 0177", PASSWORD, home, newDeviceToken()));
    const [sms] = await messagesTo("+12015550177");
    const r = await send(c, 1, { code: codeIn(sms.text)! });
    expect(r).toMatchObject({ kind: "completed", userId: u.id });
  });

  it("asks trusted browsers too once two-step verification is on, without a new-device notice", async () => {
    const u = await account("twostep");
    const device = newDeviceToken();
    await signInWithCode(u, device);
    expect(await setTwoFactor(u.id, true, "")).toEqual({ ok: true });
    const before = (await messagesTo(u.email!)).length;
    const c = check(await beginSignIn(u.username, PASSWORD, home, device));
    await send(c, 1, { code: await codeFor(u.email!) });
    const after = await messagesTo(u.email!);
    expect(after.length - before).toBe(1); // the code only
    // Switching it off takes the current password.
    expect(await setTwoFactor(u.id, false, "Wrong-Passw0rd-1")).toMatchObject({ ok: false });
    expect(await setTwoFactor(u.id, false, PASSWORD)).toEqual({ ok: true });
    expect(await beginSignIn(u.username, PASSWORD, home, device)).toMatchObject({ kind: "signed_in" });
  });

  it("a removed trusted device needs the code again", async () => {
    const u = await account("forget");
    const device = newDeviceToken();
    await signInWithCode(u, device);
    const [row] = await listTrustedDevices(u.id);
    const other = await account("stranger");
    expect(await forgetDevice(other.id, row.id)).toBe(false); // not another account's
    expect(await forgetDevice(u.id, row.id)).toBe(true);
    check(await beginSignIn(u.username, PASSWORD, home, device));
  });

  it("50 concurrent wrong-code guessers against one attempt get at most five code checks", async () => {
    const u = await account("burst");
    const c = check(await beginSignIn(u.username, PASSWORD, home, newDeviceToken()));
    const code = await codeFor(u.email!);
    const wrongCode = code === "999999" ? "999998" : "999999";
    let committed = 0;
    // Each guesser reads the current revision and guesses, again and again, from its own address.
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const client = { address: `203.0.113.${i + 1}` };
        for (let round = 0; round < 8; round++) {
          const shown = viewOf(await showFlow(FLOW, c.flowId, c.flowToken));
          const r = await send(c, shown.revision, { code: wrongCode }, undefined, client);
          if (r.kind === "view" && !r.stale) committed++;
        }
      }),
    );
    const [row] = await database().select().from(flowInstances).where(eq(flowInstances.id, c.flowId));
    const verification = (row.snapshot as { context: { verification: { attempts: number } } }).context.verification;
    expect(verification.attempts).toBeLessThanOrEqual(5);
    expect(committed).toBeGreaterThan(0);
    // The user name (as typed from untrusted browsers) is locked after the fifth wrong code, and the
    // right code no longer helps (refused by the lock, the dead code or the per-address daily limit the burst used up).
    const key = identifierLock(normalizeSignInIdentifier(u.username)).key;
    const [lock] = await database().select().from(signInLocks).where(eq(signInLocks.key, key));
    expect(lock.locks).toBe(1);
    const shown = viewOf(await showFlow(FLOW, c.flowId, c.flowToken));
    const last = viewOf(await send(c, shown.revision, { code }));
    expect(["account_locked", "code_dead", "code_checks_limited"]).toContain(last.error?.code ?? last.fields.find((f) => f.name === "code")?.error?.code);
    expect(await database().select().from(authSessions).where(eq(authSessions.userId, u.id))).toEqual([]);
  });

  it("a check cannot be started by a visitor through the public flow API", async () => {
    await expect(startFlow(FLOW, home)).rejects.toThrow(/signed-in account/);
  });
});

describe("sessions", () => {
  it("a revoked session ends on its next request", async () => {
    const u = await account("sessions");
    const a = await createSession(u.id, { userAgent: "A", clientAddress: "198.51.100.1" });
    const b = await createSession(u.id, { userAgent: "B", clientAddress: "198.51.100.2" });
    const c = await createSession(u.id, { userAgent: "C", clientAddress: "198.51.100.3" });
    expect(await liveSession(b)).toEqual({ role: "user" });
    expect(await endSession(u.id, b)).toBe(true);
    expect(await liveSession(b)).toBeNull();
    expect(await endOtherSessions(u.id, a)).toBe(1);
    expect(await liveSession(c)).toBeNull();
    expect(await liveSession(a)).toEqual({ role: "user" });
    const [row] = await database().select().from(authSessions).where(and(eq(authSessions.id, c), eq(authSessions.userId, u.id)));
    expect(row.revokedAt).not.toBeNull();
  });
});
