import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq, like, sql } from "drizzle-orm";
import { mailbox, signInLocks, users } from "@/lib/db/schema";
import { beginSignIn, type SignInStart } from "@/lib/auth/sign-in";
import { newDeviceToken } from "@/lib/auth/devices";
import { LOCK_WAITS_MS, MAX_FAILURES } from "@/lib/auth/lockout";
import { showFlow, startFlow, submitStep, type ClientInfo } from "@/lib/flows/runtime";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { codeIn } from "@/lib/dev/mailbox";
import { advanceClock, resetClock } from "@/lib/clock";
import { hashPassword } from "@/lib/security/passwords";
import { useFlowDatabase, viewOf } from "./db";

/**
 * The lockout as an attacker meets it: what the sign-in page answers, request by request, for
 * identifiers that have an account and identifiers that do not, from browsers the account does
 * not trust; and what the owner's trusted browser can still do meanwhile.
 */

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
// Every wrong password costs argon2 work, and these tests make a hundred of them on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
const FLOW = "sign-in-check";
const PASSWORD = "Model-Passw0rd-1";
const WRONG = "Wrong-Passw0rd-9";
const database = useFlowDatabase();
let n = 0;
/** A new address per request, as an attacker with many addresses has: the per-client limit never answers. */
const anywhere = (): ClientInfo => ({ address: `198.18.${Math.floor(++n / 250) % 250}.${n % 250}`, userAgent: "Mozilla/5.0 Firefox/140.0" });
const home: ClientInfo = { address: "192.0.2.10", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" };

async function account(name: string, opts: { phone?: string; email?: string } = {}) {
  const email = opts.email ?? `${name}@example.com`;
  const [u] = await database()
    .insert(users)
    .values({ username: name, usernameLower: name, email, emailLower: email.toLowerCase(), phone: opts.phone ?? null, country: "US", passwordHash: await hashPassword(PASSWORD) })
    .returning();
  return u;
}

/** What the sign-in page shows for one attempt: the error's code, or that a code step / sign-in followed. */
const answer = (r: SignInStart) => (r.kind === "error" ? r.error : r.kind);

/** Six wrong passwords, each from a new browser and address, one per spelling (cycled). */
async function probe(spellings: string[], count = 6) {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(answer(await beginSignIn(spellings[i % spellings.length], WRONG, anywhere(), newDeviceToken())));
  return out;
}

async function latestCode(to: string) {
  await dispatchDue(database());
  const messages = await database().select().from(mailbox).where(eq(mailbox.recipient, to)).orderBy(sql`id desc`);
  // The newest code (a "New sign-in" notice may be delivered after it).
  return codeIn(messages.find((m) => /verification code/i.test(m.subject))!.text)!;
}

function check(r: SignInStart) {
  if (r.kind !== "check") throw new Error(`expected a sign-in check, got ${JSON.stringify(r)}`);
  return r;
}

/** The owner signs in on their own browser at home with the emailed code and ticks Trust this device. */
async function trustOwnBrowser(u: typeof users.$inferSelect) {
  const device = newDeviceToken();
  const c = check(await beginSignIn(u.username, PASSWORD, home, device));
  let shown = viewOf(await showFlow(FLOW, c.flowId, c.flowToken));
  // With an email and a phone the person picks first; with one contact the code is already out.
  if (shown.step === "choose") shown = viewOf(await submitStep(FLOW, c.flowId, c.flowToken, { revision: shown.revision, intent: "SEND_EMAIL", fields: {} }, home));
  const code = await latestCode(u.email!);
  const r = await submitStep(FLOW, c.flowId, c.flowToken, { revision: shown.revision, fields: { code, trustDevice: "on" } }, home);
  expect(r.kind).toBe("completed");
  return device;
}

/** Wrong passwords from strangers' browsers at one identifier until it is locked, through every wait and beyond. */
async function strangersThroughEveryWait(identifier: string, rounds = LOCK_WAITS_MS.length + 2) {
  const seen = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < MAX_FAILURES; i++) seen.add(answer(await beginSignIn(identifier, WRONG, anywhere(), newDeviceToken())));
    advanceClock(LOCK_WAITS_MS[Math.min(round, LOCK_WAITS_MS.length - 1)]);
  }
  return seen;
}

beforeEach(async () => {
  resetClock();
  await database().delete(signInLocks);
});

describe("lockout without enumeration", () => {
  it("six requests answer the same for a phone number with an account and one without, whatever its format", async () => {
    await account("phone_owner", { phone: "+12015550143" });
    const spell = (last4: string) => [`+1 201 555 ${last4}`, `+1201555${last4}`, `(201) 555-${last4}`, `1-201-555-${last4}`, ` +1.201.555.${last4} `, `1201555${last4}`];
    const existing = await probe(spell("0143"));
    const unknown = await probe(spell("0144"));
    expect(unknown).toEqual(existing);
    // And the lock holds across the spellings: the fifth and sixth wrong passwords hit it.
    expect(existing).toEqual(["invalid", "invalid", "invalid", "invalid", "locked_1", "locked_1"]);
  });

  it("six requests answer the same for an email with an account and one without, whatever its case", async () => {
    await account("mail_owner", { email: "Probe.Owner@Example.com" });
    const spell = (local: string) => [`${local}@example.com`, `${local.toUpperCase()}@EXAMPLE.COM`, `  ${local}@Example.com`, `${local}@example.COM `];
    expect(await probe(spell("nobody.here"))).toEqual(await probe(spell("probe.owner")));
  });

  it("locking one of an account's identifiers says nothing about its others", async () => {
    await account("linked_owner", { phone: "+12015550145" });
    expect(await probe(["linked_owner"], MAX_FAILURES)).toContain("locked_1");
    // The same account's phone and email, and ones without an account, answer alike.
    expect(await probe(["+1 201 555 0145"])).toEqual(await probe(["+1 201 555 0146"]));
    expect(await probe(["linked_owner@example.com"])).toEqual(await probe(["unlinked_owner@example.com"]));
  });

  it("strangers' wrong passwords keep locking for the longest wait but never force a reset, account or not", async () => {
    const u = await account("never_reset", { phone: "+12015550147" });
    for (const identifier of ["never_reset", "+12015550147", "no_such_person", "+12015550148"]) {
      const seen = await strangersThroughEveryWait(identifier);
      expect(seen.has("must_reset")).toBe(false);
      expect(seen).toEqual(new Set(["invalid", "locked_1", "locked_5", "locked_15", "locked_60"]));
    }
    // The owner, from a new browser once the last wait is over, still gets the code step.
    check(await beginSignIn(u.username, PASSWORD, home, newDeviceToken()));
  }, 180_000);
});

describe("the owner's trusted browser", () => {
  it("signs in with the password while strangers have every identifier locked", async () => {
    const u = await account("trusted_owner", { phone: "+12015550149" });
    const device = await trustOwnBrowser(u);
    for (const identifier of ["trusted_owner", "trusted_owner@example.com", "+1 201 555 0149"]) {
      expect(await probe([identifier], MAX_FAILURES)).toContain("locked_1");
      // The right password from a browser the account does not trust waits out the lock...
      expect(answer(await beginSignIn(identifier, PASSWORD, anywhere(), newDeviceToken()))).toBe("locked_1");
      // ...while the trusted browser signs straight in.
      expect(answer(await beginSignIn(identifier, PASSWORD, home, device))).toBe("signed_in");
    }
  });

  it("has a lock of its own: its failures lock only itself, and only they can end in a reset", async () => {
    const u = await account("own_typos");
    const device = await trustOwnBrowser(u);
    const answers: string[] = [];
    for (const wait of LOCK_WAITS_MS) {
      for (let i = 0; i < MAX_FAILURES; i++) answers.push(answer(await beginSignIn(u.username, WRONG, home, device)));
      // Meanwhile a new browser with the right password is not locked out by the trusted one's failures.
      expect(answer(await beginSignIn(u.username, PASSWORD, anywhere(), newDeviceToken()))).toBe("check");
      advanceClock(wait);
    }
    for (let i = 0; i < MAX_FAILURES; i++) answers.push(answer(await beginSignIn(u.username, WRONG, home, device)));
    expect(answers.at(-1)).toBe("must_reset");
    expect(answer(await beginSignIn(u.username, PASSWORD, home, device))).toBe("must_reset");
    check(await beginSignIn(u.username, PASSWORD, anywhere(), newDeviceToken()));
  });
});

describe("wrong codes in the sign-in check", () => {
  it("lock the untrusted attempts at that identifier, never force a reset, and leave the trusted browser signing in", async () => {
    const u = await account("code_guesser");
    const device = await trustOwnBrowser(u);
    const errors = new Set<string>();
    // Someone with the password but not the mailbox, from new browsers, round after round.
    for (let round = 0; round < LOCK_WAITS_MS.length + 2; round++) {
      const start = await beginSignIn(u.username, PASSWORD, anywhere(), newDeviceToken());
      if (start.kind === "check") {
        let revision = 1;
        for (let i = 0; i < MAX_FAILURES + 1; i++) {
          const shown = viewOf(await showFlow(FLOW, start.flowId, start.flowToken));
          revision = shown.revision;
          const v = viewOf(await submitStep(FLOW, start.flowId, start.flowToken, { revision, fields: { code: "000001" } }, anywhere()));
          const code = v.error?.code ?? v.fields.find((f) => f.name === "code")?.error?.code;
          if (code) errors.add(code);
        }
      } else errors.add(answer(start));
      // The untrusted attempts at this user name are locked now; the trusted browser is not.
      expect(answer(await beginSignIn(u.username, PASSWORD, anywhere(), newDeviceToken()))).toMatch(/^locked_\d+$/);
      expect(answer(await beginSignIn(u.username, PASSWORD, home, device))).toBe("signed_in");
      // A day later the daily code-check budget and the longest wait are both over.
      advanceClock(24 * 60 * 60_000);
    }
    expect(errors.has("account_must_reset")).toBe(false);
    expect(errors.has("must_reset")).toBe(false);
    expect(errors.has("account_locked")).toBe(true);
  });
});

describe("a password reset", () => {
  it("opens every lock of the account: its identifiers' and its trusted browsers'", async () => {
    const u = await account("reset_owner", { phone: "+12015550151" });
    const device = await trustOwnBrowser(u);
    // The owner's own browser climbs to a forced reset; strangers lock every identifier.
    for (const wait of LOCK_WAITS_MS) {
      for (let i = 0; i < MAX_FAILURES; i++) await beginSignIn(u.username, WRONG, home, device);
      advanceClock(wait);
    }
    for (let i = 0; i < MAX_FAILURES; i++) await beginSignIn(u.username, WRONG, home, device);
    expect(answer(await beginSignIn(u.username, PASSWORD, home, device))).toBe("must_reset");
    for (const identifier of [u.username, u.email!, "(201) 555-0151"]) expect(await probe([identifier], MAX_FAILURES)).toContain("locked_1");
    expect(await database().select().from(signInLocks).where(like(signInLocks.key, `user:${u.id}:%`))).toHaveLength(1);

    // Forgot Password, with the emailed code.
    const c = anywhere();
    const f = await startFlow("password-recovery", c);
    if (f.kind !== "started") throw new Error("recovery did not start");
    const captchaId = f.view.fields.find((x) => x.kind === "captcha")!.captcha!.id;
    await submitStep("password-recovery", f.id, f.token, { revision: 0, fields: { email: u.email, captcha: "ABCD", captchaId } }, c);
    await submitStep("password-recovery", f.id, f.token, { revision: 1, fields: { code: await latestCode(u.email!) } }, c);
    const done = await submitStep("password-recovery", f.id, f.token, { revision: 2, fields: { password: "Fresh-Passw0rd-3", confirmPassword: "Fresh-Passw0rd-3" } }, c);
    expect(done.kind, JSON.stringify(viewOf(done).error ?? viewOf(done).fields.map((x) => x.error))).toBe("completed");

    expect(await database().select().from(signInLocks).where(like(signInLocks.key, `user:${u.id}:%`))).toEqual([]);
    for (const identifier of [u.username, u.email!, "+1 201 555 0151"]) {
      expect(answer(await beginSignIn(identifier, "Fresh-Passw0rd-3", anywhere(), newDeviceToken()))).toBe("check");
    }
    // The reset ended the browser's trust too: it is a new browser now, asked for a code.
    expect(answer(await beginSignIn(u.username, "Fresh-Passw0rd-3", home, device))).toBe("check");
  });
});
