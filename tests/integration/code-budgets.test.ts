import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { outbox } from "@/lib/db/schema";
import { startFlow, submitStep, type ClientInfo } from "@/lib/flows/runtime";
import { beginSignIn } from "@/lib/auth/sign-in";
import { newDeviceToken } from "@/lib/auth/devices";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { advanceClock, resetClock } from "@/lib/clock";
import { codeIn } from "@/lib/dev/mailbox";
import { useFlowDatabase, viewOf, insertAccount } from "./db";
import { lastMailTo } from "../support/mail";

/**
 * Code budgets per purpose: what strangers do with an owner's address (register with it, ask
 * Forgot Password for it) must not stop the owner's own sign-in check or recovery from sending.
 */

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const PASSWORD = "Budget-Passw0rd-1";
const database = useFlowDatabase();
let n = 0;
let ip = 0;

beforeEach(() => resetClock());

/** Each request from another network, as an attacker with many addresses would do. */
const stranger = (): ClientInfo => ({ address: `203.0.113.${++ip}` });

async function owner(prefix: string) {
  return insertAccount(database(), `${prefix}_${++n}`, PASSWORD);
}

/** A registration flow (user or installer) up to its email step, then the email with the picture code. */
async function registerWith(flow: "user-registration" | "installer-registration", email: string, c = stranger(), captcha = "ABCD") {
  const s = await startFlow(flow, c);
  if (s.kind !== "started") throw new Error("not started");
  const atEmail = viewOf(await submitStep(flow, s.id, s.token, { revision: 0, fields: { country: "US" } }, c));
  const captchaId = atEmail.fields.find((f) => f.kind === "captcha")?.captcha?.id ?? "";
  return viewOf(await submitStep(flow, s.id, s.token, { revision: 1, fields: { email, captcha, captchaId } }, c));
}

async function recover(email: string, c = stranger()) {
  const s = await startFlow("password-recovery", c);
  if (s.kind !== "started") throw new Error("not started");
  const captchaId = s.view.fields.find((f) => f.kind === "captcha")!.captcha!.id;
  return viewOf(await submitStep("password-recovery", s.id, s.token, { revision: 0, fields: { email, captcha: "ABCD", captchaId } }, c));
}

async function outboxRows(to: string, template: string, channel = "email") {
  return database()
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, to), eq(outbox.template, template), eq(outbox.channel, channel)));
}

async function latestCode(to: string) {
  const m = await lastMailTo(database(), to);
  return m ? codeIn(m.text) : undefined;
}

describe("code budgets per purpose", () => {
  it("lets registration attempts for an owner's address spend only the registration budget, not the owner's recovery", async () => {
    const u = await owner("reg_then_recover");
    // More anonymous registrations than the per-destination budget allows, each from another network.
    const attempts = [];
    for (let i = 0; i < 6; i++) attempts.push(await registerWith(i % 2 ? "installer-registration" : "user-registration", u.email!));
    expect(attempts.at(-1)?.error?.code).toBe("send_limited");

    const v = await recover(u.email!);
    expect(v.error).toBeUndefined();
    expect(v.step).toBe("verify");
    expect(await outboxRows(u.email!, "verification-code")).toHaveLength(1);
  });

  it("keeps the owner's sign-in check sending after strangers exhaust the registration and recovery budgets", async () => {
    const u = await owner("reg_recover_signin");
    for (let i = 0; i < 6; i++) await registerWith("user-registration", u.email!);
    const recoveries = [];
    for (let i = 0; i < 6; i++) recoveries.push(await recover(u.email!));
    expect(recoveries.at(-1)?.error?.code).toBe("send_limited");
    const before = (await outboxRows(u.email!, "verification-code")).length;
    await dispatchDue(database()); // what strangers caused is delivered: the next message is the owner's

    const started = await beginSignIn(u.username, PASSWORD, { address: "198.51.100.20" }, newDeviceToken());
    expect(started.kind).toBe("check");
    if (started.kind !== "check") return;
    expect((await outboxRows(u.email!, "verification-code")).length).toBe(before + 1);
    const code = await latestCode(u.email!);
    const done = await submitStep("sign-in-check", started.flowId, started.flowToken, { revision: 1, fields: { code } }, { address: "198.51.100.20" });
    expect(done.kind).toBe("completed");
  });

  it("keeps the owner's sign-in check comparing codes after strangers use up the daily checks of Forgot Password", async () => {
    const u = await owner("checks");
    let last;
    for (let flow = 0; flow < 5; flow++) {
      const c = stranger();
      const s = await startFlow("password-recovery", c);
      if (s.kind !== "started") throw new Error("not started");
      const captchaId = s.view.fields.find((f) => f.kind === "captcha")!.captcha!.id;
      let v = viewOf(await submitStep("password-recovery", s.id, s.token, { revision: 0, fields: { email: u.email, captcha: "ABCD", captchaId } }, c));
      for (let i = 0; i < 5 && v.step === "verify"; i++) {
        v = viewOf(await submitStep("password-recovery", s.id, s.token, { revision: v.revision, fields: { code: "000000" } }, c));
        last = v.fields.find((f) => f.name === "code")?.error?.code;
      }
    }
    expect(last).toBe("code_checks_limited");
    await dispatchDue(database());

    const home = { address: "198.51.100.30" };
    const started = await beginSignIn(u.username, PASSWORD, home, newDeviceToken());
    if (started.kind !== "check") throw new Error(`expected a sign-in check, got ${started.kind}`);
    const wrong = viewOf(await submitStep("sign-in-check", started.flowId, started.flowToken, { revision: 1, fields: { code: "000000" } }, home));
    expect(wrong.fields.find((f) => f.name === "code")?.error?.code).toBe("code_wrong");
    const code = await latestCode(u.email!);
    const done = await submitStep("sign-in-check", started.flowId, started.flowToken, { revision: wrong.revision, fields: { code } }, home);
    expect(done.kind).toBe("completed");
  });

  it("sends the owner one \"Someone tried to register\" notice a day, whatever the number of attempts", async () => {
    const u = await owner("notice");
    const first = await registerWith("user-registration", u.email!);
    for (let i = 0; i < 3; i++) await registerWith(i % 2 ? "installer-registration" : "user-registration", u.email!);
    expect(await outboxRows(u.email!, "registration-attempt")).toHaveLength(1);
    // The screens stay the same whether or not a notice went: nobody learns the address is registered.
    const later = await registerWith("user-registration", u.email!);
    expect(later.step).toBe(first.step);
    expect(later.error).toBeUndefined();

    advanceClock(24 * 60 * 60_000 + 1);
    await registerWith("user-registration", u.email!);
    expect(await outboxRows(u.email!, "registration-attempt")).toHaveLength(2);
  });
});

describe("installer email step behind a picture code", () => {
  it("refuses to send a code without the right picture code", async () => {
    const email = `nopicture_${++n}@example.com`;
    const wrong = await registerWith("installer-registration", email, stranger(), "ZZZZ");
    expect(wrong.step).toBe("email");
    expect(wrong.fields.find((f) => f.name === "captcha")?.error?.code).toBe("captcha_wrong");
    expect(await outboxRows(email, "verification-code")).toEqual([]);

    const right = await registerWith("installer-registration", email);
    expect(right.step).toBe("verify-email");
    expect(await outboxRows(email, "verification-code")).toHaveLength(1);
  });
});
