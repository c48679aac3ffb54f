import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { companies, mailbox, newsletterSubscriptions, termsAcceptances, users } from "@/lib/db/schema";
import { startFlow, submitStep } from "@/lib/flows/runtime";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { confirmAccount } from "@/lib/accounts/confirmation";
import { authenticateCompany, issueAuthCodes } from "@/lib/accounts/company";
import { verifyCredentials } from "@/lib/auth/credentials";
import { advanceClock, resetClock } from "@/lib/clock";
import { codeIn } from "@/lib/dev/mailbox";
import { useFlowDatabase, viewOf } from "./db";
import { lastMailTo } from "../support/mail";

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const FLOW = "installer-registration";
const PASSWORD = "Tr4in-Station-2026";
const database = useFlowDatabase();
let n = 0;


const view = viewOf;

const lastMessage = (to: string) => lastMailTo(database(), to);

/** Runs the wizard up to its last step for a new address. */
async function toConfirmStep(email: string) {
  const c = { address: `198.51.100.${++n}` };
  const s = await startFlow(FLOW, c);
  if (s.kind !== "started") throw new Error();
  const go = async (revision: number, fields: Record<string, unknown>) => view(await submitStep(FLOW, s.id, s.token, { revision, fields }, c));
  const atEmail = await go(0, { country: "DE" });
  const captchaId = atEmail.fields.find((f) => f.kind === "captcha")?.captcha?.id;
  await go(1, { email, captcha: "ABCD", captchaId });
  await go(2, { code: codeIn((await lastMessage(email)).text)! });
  await go(3, { password: PASSWORD, confirmPassword: PASSWORD });
  const v = await go(4, { fullName: "Ana Silva", phone: "01511 2345678", companyName: "Silva Security" });
  expect(v.step).toBe("confirm");
  return { ...s, c, register: (fields: Record<string, unknown>, revision = 5) => submitStep(FLOW, s.id, s.token, { revision, fields }, c) };
}

/** Registers without an authentication code and returns the new account. */
async function registerLater(f: Awaited<ReturnType<typeof toConfirmStep>>, email: string, revision: number) {
  const r = await f.register({ authCode: "", terms: "on" }, revision);
  expect(r.kind).toBe("completed");
  const [user] = await database().select().from(users).where(eq(users.emailLower, email));
  return user;
}

describe("installer registration through the runtime", () => {
  it("creates an account awaiting confirmation, a company with its fixed country and phone, terms and newsletter consent", async () => {
    const f = await toConfirmStep("admin@silva.example");
    const [code] = await issueAuthCodes(1, "test");
    const r = await f.register({ authCode: code, newsletter: "on", terms: "on" });
    expect(r.kind).toBe("completed");
    expect(view(r).description).toContain("admin@silva.example");
    const [user] = await database().select().from(users).where(eq(users.emailLower, "admin@silva.example"));
    expect(user).toMatchObject({ role: "installer_admin", status: "awaiting_confirmation", fullName: "Ana Silva", country: "DE" });
    const [company] = await database().select().from(companies).where(eq(companies.ownerId, user.id));
    expect(company).toMatchObject({ name: "Silva Security", country: "DE", phone: "+4915112345678" });
    expect(company.authenticatedAt).not.toBeNull();
    const terms = await database().select().from(termsAcceptances).where(eq(termsAcceptances.userId, user.id));
    expect(terms.map((t) => t.version)).toEqual(["2026-11-01"]);
    const [consent] = await database().select().from(newsletterSubscriptions).where(eq(newsletterSubscriptions.userId, user.id));
    expect(consent).toMatchObject({ status: "pending" });
    expect(consent.consentWording).toContain("I would like to receive newsletters");

    // Until Verify Now is used, the right password gets "not confirmed"; a wrong one the usual answer.
    expect(await verifyCredentials("admin@silva.example", PASSWORD, "t1")).toBe("unconfirmed");
    expect(await verifyCredentials("admin@silva.example", "Wrong-Pass-1", "t1")).toBeNull();

    await dispatchDue(database());
    const mails = await database().select().from(mailbox).where(eq(mailbox.recipient, "admin@silva.example"));
    const verify = mails.find((m) => m.subject.includes("Verify Now"))!;
    const token = /token=([\w-]+)/.exec(verify.text)![1];
    expect(await confirmAccount(token)).toBe("confirmed");
    expect(await confirmAccount(token)).toBe("invalid");
    expect(await verifyCredentials("admin@silva.example", PASSWORD, "t1")).toMatchObject({ role: "installer_admin" });
  });

  it("refuses an unknown or used authentication code, losing nothing", async () => {
    const f = await toConfirmStep("second@silva.example");
    const v = view(await f.register({ authCode: "0000000000", terms: "on" }));
    expect(v.step).toBe("confirm");
    const field = v.fields.find((x) => x.name === "authCode");
    expect(field).toMatchObject({ error: { code: "auth_code_invalid" } });
    // A code is a secret: it is neither kept in the flow's feedback nor sent back.
    expect(field?.value).toBeUndefined();
    expect(v.fields.find((x) => x.name === "terms")?.value).toBe(true);
    const done = await f.register({ authCode: "", terms: "on" }, v.revision);
    expect(done.kind).toBe("completed");
  });

  it("refuses a sixth authentication code in one flow, even the right one, and raced guesses get no more", async () => {
    const [code] = await issueAuthCodes(1, "test");
    const f = await toConfirmStep("guesser@silva.example");
    let revision = 5;
    for (let i = 0; i < 4; i++) {
      const v = view(await f.register({ authCode: `100000000${i}`, terms: "on" }, revision));
      expect(v.fields.find((x) => x.name === "authCode")?.error?.code).toBe("auth_code_invalid");
      revision = v.revision;
    }
    // Five more guesses raced at once: only one is decided, the others see the fresh state.
    const raced = await Promise.all(Array.from({ length: 5 }, (_, i) => f.register({ authCode: `200000000${i}`, terms: "on" }, revision)));
    revision = Math.max(...raced.map((r) => view(r).revision));
    expect(revision).toBe(10);
    const sixth = view(await f.register({ authCode: code, terms: "on" }, revision));
    expect(sixth.step).toBe("confirm");
    expect(sixth.fields.find((x) => x.name === "authCode")?.error).toMatchObject({
      code: "auth_code_attempts",
      message: expect.stringContaining("Too many wrong authentication codes"),
    });
    // The code was not looked at, so it is still unused; the flow can still register without one.
    expect(await authenticateCompany((await registerLater(f, "guesser@silva.example", sixth.revision)).id, code, "c9")).toBe("authenticated");
  });

  it("lets only one of two registrations racing for the same code have it", async () => {
    const [code] = await issueAuthCodes(1, "test");
    const a = await toConfirmStep("race-a@silva.example");
    const b = await toConfirmStep("race-b@silva.example");
    const results = await Promise.all([a.register({ authCode: code, terms: "on" }), b.register({ authCode: code, terms: "on" })]);
    expect(results.filter((r) => r.kind === "completed")).toHaveLength(1);
    const loser = results.find((r) => r.kind !== "completed")!;
    expect(view(loser).fields.find((x) => x.name === "authCode")?.error?.code).toBe("auth_code_invalid");
  });

  it("expires Verify Now after 24 hours", async () => {
    const f = await toConfirmStep("late@silva.example");
    await f.register({ terms: "on" });
    const m = await lastMessage("late@silva.example");
    const token = /token=([\w-]+)/.exec(m.text)![1];
    advanceClock(24 * 60 * 60_000 + 1);
    try {
      expect(await confirmAccount(token)).toBe("expired");
    } finally {
      resetClock();
    }
  });

  it("authenticates a company later, once, with a single-use code", async () => {
    const f = await toConfirmStep("later@silva.example");
    await f.register({ terms: "on" });
    const [user] = await database().select().from(users).where(eq(users.emailLower, "later@silva.example"));
    const [code] = await issueAuthCodes(1, "test");
    expect(await authenticateCompany(user.id, "1234567890", "c1")).toBe("invalid");
    expect(await authenticateCompany(user.id, code, "c1")).toBe("authenticated");
    expect(await authenticateCompany(user.id, code, "c1")).toBe("already");
  });
});
