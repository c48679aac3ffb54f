import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/client";
import { captchas, flowEvents, flowInstances, mailbox, outbox, users } from "@/lib/db/schema";
import { purgeExpiredFlows, startFlow, submitStep, showFlow, type FlowResult } from "@/lib/flows/runtime";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { consumeLoginToken } from "@/lib/auth/credentials";
import { advanceClock, resetClock } from "@/lib/clock";
import { codeIn } from "@/lib/dev/mailbox";
import { seedDefaultVersions } from "@/lib/flows/versions";
import { useFreshDatabase } from "./db";
import { lastMailTo } from "../support/mail";

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const FLOW = "user-registration";
const fresh = useFreshDatabase();
let db: Db;
let n = 0;

beforeAll(async () => {
  db = await fresh.setup();
  await seedDefaultVersions(db);
});
afterAll(() => fresh.teardown());
beforeEach(() => resetClock());

/** Each test pretends to be a different client so per-client limits do not interfere. */
const client = () => ({ address: `198.51.100.${++n}` });

function view(r: FlowResult) {
  if (r.kind !== "view" && r.kind !== "completed") throw new Error(`expected a view, got ${r.kind}`);
  return r.view;
}

async function latestCode(to: string) {
  const m = await lastMailTo(db, to);
  return m ? { subject: m.subject, code: codeIn(m.text) } : undefined;
}

async function toCodeStep(email: string, c = client()) {
  const started = await startFlow(FLOW, c);
  if (started.kind !== "started") throw new Error("not started");
  const { id, token } = started;
  let r = await submitStep(FLOW, id, token, { revision: 0, fields: { country: "US" } }, c);
  const captchaId = view(r).fields.find((f) => f.kind === "captcha")!.captcha!.id;
  r = await submitStep(FLOW, id, token, { revision: 1, fields: { email, captcha: "abcd", captchaId } }, c);
  return { id, token, c, view: view(r) };
}

describe("registration through the runtime", () => {
  it("registers an account end to end and signs in with a single-use token", async () => {
    const email = "ana@example.com";
    const f = await toCodeStep(email);
    expect(f.view.step).toBe("verify-email");
    expect(f.view.description).toContain(email);
    const mail = await latestCode(email);
    expect(mail?.code).toMatch(/^\d{6}$/);
    let r = await submitStep(FLOW, f.id, f.token, { revision: 2, fields: { code: mail!.code! } }, f.c);
    expect(view(r).step).toBe("credentials");
    r = await submitStep(
      FLOW,
      f.id,
      f.token,
      { revision: 3, fields: { username: "Reg_By_Email", password: "Tr4in-Station", confirmPassword: "Tr4in-Station", terms: "on" } },
      f.c,
    );
    expect(r.kind).toBe("completed");
    if (r.kind !== "completed") return;
    const [user] = await db.select().from(users).where(eq(users.usernameLower, "reg_by_email"));
    expect(user).toMatchObject({ username: "Reg_By_Email", email, country: "US", termsVersion: "2026-11-01" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await consumeLoginToken(r.loginToken!)).toMatchObject({ id: user.id });
    expect(await consumeLoginToken(r.loginToken!)).toBeNull();
    expect((await latestCode(email))?.subject).toBe("Welcome to Gatehouse");
    // The delivered code is not kept in the outbox.
    const rows = await db.select().from(outbox).where(eq(outbox.recipient, email));
    expect(rows.every((o) => o.status === "sent" && !("secret" in (o.payload as object)))).toBe(true);
    // Every accepted step is in the event log.
    const events = await db.select().from(flowEvents).where(eq(flowEvents.instanceId, f.id));
    expect(events.map((e) => e.type)).toEqual(["SELECT_COUNTRY", "SUBMIT_CONTACT", "SUBMIT_CODE", "SUBMIT_CREDENTIALS"]);
  });

  it("shows the same screens for a registered address and tells the owner instead", async () => {
    const newcomer = await toCodeStep("new.person@example.com");
    const owner = await toCodeStep("ana@example.com");
    const strip = (v: typeof owner.view) => ({ ...v, id: "", description: v.description?.replace(/\S+@\S+/, "X"), context: {}, expiresAt: "", actions: v.actions.map(({ availableAt: _, ...a }) => a) });
    expect(strip(owner.view)).toEqual(strip(newcomer.view));
    expect(await latestCode("ana@example.com")).toEqual({ subject: "Someone tried to register with your address", code: undefined });
    const r = await submitStep(FLOW, owner.id, owner.token, { revision: 2, fields: { code: "123456" } }, owner.c);
    expect(view(r).fields[0].error?.code).toBe("code_wrong");
  });

  it("refuses a wrong picture code, keeps the email and issues a new picture", async () => {
    const c = client();
    const s = await startFlow(FLOW, c);
    if (s.kind !== "started") throw new Error();
    let r = await submitStep(FLOW, s.id, s.token, { revision: 0, fields: { country: "DE" } }, c);
    const first = view(r).fields.find((f) => f.kind === "captcha")!.captcha!.id;
    r = await submitStep(FLOW, s.id, s.token, { revision: 1, fields: { email: "kim@example.com", captcha: "WXYZ", captchaId: first } }, c);
    const v = view(r);
    expect(v.step).toBe("contact");
    expect(v.fields.find((f) => f.name === "captcha")?.error?.code).toBe("captcha_wrong");
    expect(v.fields.find((f) => f.name === "email")?.value).toBe("kim@example.com");
    expect(v.fields.find((f) => f.name === "captcha")?.captcha?.id).not.toBe(first);
    // The used picture cannot be tried again.
    r = await submitStep(FLOW, s.id, s.token, { revision: v.revision, fields: { email: "kim@example.com", captcha: "ABCD", captchaId: first } }, c);
    expect(view(r).step).toBe("contact");
  });

  it("kills a code after five wrong tries, and resend after the cooldown gives a working one", async () => {
    const f = await toCodeStep("five@example.com");
    let rev = 2;
    for (let i = 0; i < 5; i++) {
      const r = await submitStep(FLOW, f.id, f.token, { revision: rev++, fields: { code: "000000" } }, f.c);
      expect(view(r).fields[0].error?.code).toBe(i < 4 ? "code_wrong" : "code_dead");
    }
    const good = (await latestCode("five@example.com"))!.code!;
    let r = await submitStep(FLOW, f.id, f.token, { revision: rev++, fields: { code: good } }, f.c);
    expect(view(r).fields[0].error?.code).toBe("code_dead");
    r = await submitStep(FLOW, f.id, f.token, { revision: rev++, intent: "RESEND", fields: {} }, f.c);
    expect(view(r).error?.code).toBe("resend_too_soon");
    advanceClock(60_000);
    r = await submitStep(FLOW, f.id, f.token, { revision: rev++, intent: "RESEND", fields: {} }, f.c);
    expect(view(r).error).toBeUndefined();
    const fresh = (await latestCode("five@example.com"))!.code!;
    r = await submitStep(FLOW, f.id, f.token, { revision: rev++, fields: { code: fresh } }, f.c);
    expect(view(r).step).toBe("credentials");
  });

  it("checks at most 20 codes a day for one destination, whatever the resends", async () => {
    const f = await toCodeStep("guesser@example.com");
    let rev = 2;
    for (let i = 0; i < 20; i++) await submitStep(FLOW, f.id, f.token, { revision: rev++, fields: { code: "000000" } }, f.c);
    advanceClock(60_000);
    await submitStep(FLOW, f.id, f.token, { revision: rev++, intent: "RESEND", fields: {} }, f.c);
    const fresh = (await latestCode("guesser@example.com"))!.code!;
    const r = await submitStep(FLOW, f.id, f.token, { revision: rev++, fields: { code: fresh } }, f.c);
    expect(view(r).fields[0].error?.code).toBe("code_checks_limited");
    expect(view(r).step).toBe("verify-email");
  });

  it("refuses an expired code", async () => {
    const f = await toCodeStep("late@example.com");
    const code = (await latestCode("late@example.com"))!.code!;
    advanceClock(10 * 60_000);
    const r = await submitStep(FLOW, f.id, f.token, { revision: 2, fields: { code } }, f.c);
    expect(view(r).fields[0].error?.code).toBe("code_expired");
  });

  it("validates fields on the server with a message per field, keeping non-secret values", async () => {
    const f = await toCodeStep("fields@example.com");
    await submitStep(FLOW, f.id, f.token, { revision: 2, fields: { code: (await latestCode("fields@example.com"))!.code! } }, f.c);
    const r = await submitStep(
      FLOW,
      f.id,
      f.token,
      { revision: 3, fields: { username: "bad name", password: "password", confirmPassword: "other" } },
      f.c,
    );
    const v = view(r);
    const errs = Object.fromEntries(v.fields.map((x) => [x.name, x.error?.code]));
    expect(errs).toEqual({ username: "invalid", password: "password_too_few_kinds", confirmPassword: "mismatch", terms: "required" });
    expect(v.fields.find((x) => x.name === "username")?.value).toBe("bad name");
    expect(v.fields.find((x) => x.name === "password")?.value).toBeUndefined();
    expect(v.revision).toBe(3);
  });

  it("refuses a user name taken in another case", async () => {
    const f = await toCodeStep("dup@example.com");
    await submitStep(FLOW, f.id, f.token, { revision: 2, fields: { code: (await latestCode("dup@example.com"))!.code! } }, f.c);
    const r = await submitStep(
      FLOW,
      f.id,
      f.token,
      { revision: 3, fields: { username: "REG_BY_EMAIL", password: "Tr4in-Station", confirmPassword: "Tr4in-Station", terms: "on" } },
      f.c,
    );
    expect(view(r).fields.find((x) => x.name === "username")?.error?.code).toBe("username_taken");
  });

  it("lets exactly one of two concurrent submissions of a step win; the other sees the fresh state", async () => {
    const f = await toCodeStep("race@example.com");
    const code = (await latestCode("race@example.com"))!.code!;
    // Two different submissions (the same code, typed with and without a space) from one screen.
    const results = await Promise.all(
      [code, ` ${code}`].map((typed) => submitStep(FLOW, f.id, f.token, { revision: 2, fields: { code: typed } }, f.c)),
    );
    const views = results.map(view);
    expect(views.every((v) => v.step === "credentials" && v.revision === 3)).toBe(true);
    expect(views.filter((v) => v.error?.code === "stale")).toHaveLength(1);
    const events = await db.select().from(flowEvents).where(eq(flowEvents.instanceId, f.id));
    expect(events.filter((e) => e.revision === 3)).toHaveLength(1);
  });

  it("stores the next step's picture code with the step that wins a race, and none for the one that lost", async () => {
    const c = client();
    const s = await startFlow(FLOW, c);
    if (s.kind !== "started") throw new Error(s.kind);
    const count = async () => (await db.select({ id: captchas.id }).from(captchas)).length;
    const before = await count();
    const results = await Promise.all(["US", "CA"].map((country) => submitStep(FLOW, s.id, s.token, { revision: 0, fields: { country } }, c)));
    const views = results.map(view);
    expect(views.filter((v) => v.error?.code === "stale")).toHaveLength(1);
    const shown = views.map((v) => v.fields.find((f) => f.kind === "captcha")?.captcha?.id);
    expect(shown.every(Boolean)).toBe(true);
    // Every picture shown is stored and unused; the losing write stored nothing (the stale answer issues the second one).
    for (const id of shown) expect((await db.select().from(captchas).where(eq(captchas.id, id!)))[0]?.usedAt).toBeNull();
    expect((await count()) - before).toBe(2);
    const events = await db.select().from(flowEvents).where(eq(flowEvents.instanceId, s.id));
    expect(events).toHaveLength(1);
  });

  it("of two concurrent identical submissions (a double click) one commits and both see the step it led to", async () => {
    const f = await toCodeStep("double@example.com");
    const code = (await latestCode("double@example.com"))!.code!;
    const results = await Promise.all(
      Array.from({ length: 2 }, () => submitStep(FLOW, f.id, f.token, { revision: 2, fields: { code } }, f.c)),
    );
    const views = results.map(view);
    expect(views.every((v) => v.step === "credentials" && v.revision === 3)).toBe(true);
    expect(views.filter((v) => v.error?.code === "stale")).toHaveLength(0);
    const events = await db.select().from(flowEvents).where(eq(flowEvents.instanceId, f.id));
    expect(events.filter((e) => e.revision === 3)).toHaveLength(1);
  });

  it("never sends more than one code for many concurrent resends", async () => {
    const f = await toCodeStep("burst@example.com");
    advanceClock(60_000);
    await Promise.all(Array.from({ length: 10 }, () => submitStep(FLOW, f.id, f.token, { revision: 2, intent: "RESEND", fields: {} }, f.c)));
    const [{ count }] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from outbox where recipient = 'burst@example.com'`);
    expect(Number(count)).toBe(2); // the first send and exactly one resend
  });

  it("registers by mobile phone with an SMS code, refusing a number that is not valid for the country", async () => {
    const c = client();
    const s = await startFlow(FLOW, c);
    if (s.kind !== "started") throw new Error();
    await submitStep(FLOW, s.id, s.token, { revision: 0, fields: { country: "US" } }, c);
    let r = await submitStep(FLOW, s.id, s.token, { revision: 1, intent: "USE_PHONE", fields: {} }, c);
    let v = view(r);
    expect(v.step).toBe("contact-phone");
    expect(v.fields[0]).toMatchObject({ kind: "phone", label: "Mobile Phone Number", countryCode: "+1" });
    const captchaId = () => v.fields.find((f) => f.kind === "captcha")!.captcha!.id;
    r = await submitStep(FLOW, s.id, s.token, { revision: 2, fields: { phone: "07400 123456", captcha: "ABCD", captchaId: captchaId() } }, c);
    v = view(r);
    expect(v.fields[0].error).toEqual({ code: "invalid", message: "Enter a valid mobile phone number for USA." });
    expect(v.fields[0].value).toBe("07400 123456");
    r = await submitStep(FLOW, s.id, s.token, { revision: 2, fields: { phone: "(201) 555-0142", captcha: "ABCD", captchaId: captchaId() } }, c);
    v = view(r);
    expect(v.step).toBe("verify-phone");
    expect(v.description).toContain("+12015550142");
    const sms = await latestCode("+12015550142");
    expect(sms?.code).toMatch(/^\d{6}$/);
    const [row] = await db.select().from(mailbox).where(eq(mailbox.recipient, "+12015550142"));
    expect(row.channel).toBe("sms");
    await submitStep(FLOW, s.id, s.token, { revision: 3, fields: { code: sms!.code! } }, c);
    r = await submitStep(
      FLOW,
      s.id,
      s.token,
      { revision: 4, fields: { username: "mobile_number_test", password: "Tr4in-Station", confirmPassword: "Tr4in-Station", terms: "on" } },
      c,
    );
    expect(r.kind).toBe("completed");
    const [user] = await db.select().from(users).where(eq(users.usernameLower, "mobile_number_test"));
    expect(user).toMatchObject({ phone: "+12015550142", email: null, country: "US" });
    await dispatchDue(db); // the welcome SMS goes out before the next attempt

    // The same number again: same screens, and its owner gets a notice instead of a code.
    const again = await startFlow(FLOW, client());
    if (again.kind !== "started") throw new Error();
    const c2 = client();
    await submitStep(FLOW, again.id, again.token, { revision: 0, fields: { country: "US" } }, c2);
    const p = view(await submitStep(FLOW, again.id, again.token, { revision: 1, intent: "USE_PHONE", fields: {} }, c2));
    const id2 = p.fields.find((f) => f.kind === "captcha")!.captcha!.id;
    const q = view(await submitStep(FLOW, again.id, again.token, { revision: 2, fields: { phone: "2015550142", captcha: "ABCD", captchaId: id2 } }, c2));
    expect(q.step).toBe("verify-phone");
    await dispatchDue(db);
    const [notice] = await db.select().from(mailbox).where(eq(mailbox.recipient, "+12015550142")).orderBy(sql`id desc`).limit(1);
    expect(notice.subject).toBe("Registration attempt");
    expect(codeIn(notice.text)).toBeUndefined();
  });

  it("does not show or accept a flow without its token", async () => {
    const f = await toCodeStep("token@example.com");
    expect((await showFlow(FLOW, f.id, "wrong")).kind).toBe("not_found");
    expect((await showFlow(FLOW, f.id, undefined)).kind).toBe("not_found");
    expect((await submitStep(FLOW, f.id, "wrong", { revision: 2, fields: { code: "123456" } }, f.c)).kind).toBe("not_found");
  });

  it("expires a flow after its time to live, then purges what was typed but keeps the funnel events", async () => {
    const f = await toCodeStep("ttl@example.com");
    advanceClock(61 * 60_000);
    expect(view(await showFlow(FLOW, f.id, f.token)).status).toBe("expired");
    advanceClock(60 * 60_000);
    await purgeExpiredFlows(db);
    const [row] = await db.select().from(flowInstances).where(eq(flowInstances.id, f.id));
    expect(row.status).toBe("purged");
    expect(JSON.stringify(row.snapshot)).not.toContain("ttl@example.com");
    expect(row.clientAddress).toBeNull();
    expect((await showFlow(FLOW, f.id, f.token)).kind).toBe("not_found");
    const events = await db.select().from(flowEvents).where(eq(flowEvents.instanceId, f.id));
    expect(events.length).toBe(2);
  });
});
