/**
 * npm run bench -- [--concurrency 16] [--registrations 300] [--port 3300]
 *
 * Starts the production build (building it if needed) on a fresh database — a new PostgreSQL
 * database beside DATABASE_URL when it is set, else a fresh PGlite folder — and drives complete
 * registrations over HTTP through the real pages and server actions, as a browser without
 * JavaScript does. Codes are read from the mailbox table. A registration counts from the first
 * page to the signed-in My Account page. Prints registrations per second and latency per step.
 * With --api it drives the JSON API instead (start to session cookie); with --installer the Installer
 * Admin registration (first page to the signed-in company page, through the Verify Now link).
 * --signin / --signin-api: password sign-ins through the page or POST /api/sign-in.
 * --compare runs the Better Auth peer and Gatehouse back to back (scripts/bench-compare.ts).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { Browserless } from "./lib/browserless";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : Number(process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
}

const concurrency = arg("concurrency", 16);
const total = arg("registrations", 300);
const warmup = arg("warmup", 20);
const port = arg("port", 3300);
/** --url drives a server you started yourself (for profiling); codes are then read over HTTP. */
const external = process.argv.includes("--url") ? process.argv[process.argv.indexOf("--url") + 1] : undefined;
const base = external ?? `http://127.0.0.1:${port}`;
const CAPTCHA = "BENCH";

/**
 * A simulated client's address (documentation prefix): each number gets its own IPv6 /64, since
 * per-client limits count per /64; `kind` keeps each scenario in its own /48.
 */
function clientAddress(kind: number, n: number): string {
  return `2001:db8:${kind.toString(16)}:${(n % 0xffff).toString(16)}::${randomBytes(2).toString("hex")}`;
}
const PASSWORD = "Bench-Pass-2026";
/** --desk seeds 100,000 support cases (--cases N) and measures the support desk's queue pages as a signed-in agent. */
const desk = process.argv.includes("--desk");
const deskCases = arg("cases", 100_000);
/** --studio times the flow studio as a signed-in editor: the diagram page, a settings edit, validate + publish. */
const studio = process.argv.includes("--studio");
/** --api drives the JSON API (what the native apps use) instead of the pages. */
const api = process.argv.includes("--api");
/** --installer drives the Installer Admin registration, through Verify Now to the signed-in company page. */
const installer = process.argv.includes("--installer");
/** --signin measures password sign-ins (needs DATABASE_URL); --argon2 MEMORY_KIB:ITERATIONS sets the hash cost of the seeded accounts. */
const signinApi = process.argv.includes("--signin-api");
const signin = process.argv.includes("--signin") || signinApi;
const argon2Arg = process.argv.includes("--argon2") ? process.argv[process.argv.indexOf("--argon2") + 1] : "19456:2";
const [argonMemory, argonIterations] = argon2Arg.split(":").map(Number);
const steps = signinApi
  ? (["sign in (API)"] as const)
  : signin
  ? (["open login", "sign in + My Account"] as const)
  : installer
  ? (["open register", "choose country", "email + picture code", "read code", "enter code", "password", "profile", "register", "verify now", "sign in"] as const)
  : api
    ? (["start", "choose country", "email + picture code", "read code", "enter code", "finish", "session"] as const)
    : (["open register", "choose country", "email + picture code", "read code", "enter code", "finish + My Account"] as const);
type Step = string;

const root = path.resolve(__dirname, "..");

async function setUpDatabase(): Promise<{ env: Record<string, string>; label: string; sql?: postgres.Sql; cleanup: () => Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `gatehouse_bench_${randomBytes(3).toString("hex")}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const sql = postgres(url.toString(), { max: 4, onnotice: () => {} });
    return {
      env: { DATABASE_URL: url.toString() },
      label: `PostgreSQL (fresh database ${name})`,
      sql,
      cleanup: async () => {
        await sql.end();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-bench-"));
  return {
    env: { PGLITE_DIR: dir, DATABASE_URL: "" },
    label: `embedded PGlite (${dir})`,
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

function ensureBuild() {
  if (fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.log("No production build found: running next build …");
  const r = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("next build failed");
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the server (Node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: "production",
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      APP_URL: base,
      CAPTCHA_TEST_ANSWER: CAPTCHA,
      DEV_MAILBOX: "1",
      SEED_DEMO: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${base}/login`);
      if (r.ok) return child;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start:\n${log}`);
}

/** CPU the app server has used so far (Linux /proc), and the transactions its database has seen. */
async function serverCost(child: ChildProcess, sql?: postgres.Sql): Promise<{ cpuMs: number; transactions: number }> {
  let cpuMs = NaN;
  try {
    const fields = fs.readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
    cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    /* not Linux */
  }
  let transactions = NaN;
  if (sql) {
    const [row] = await sql<{ n: string }[]>`select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()`;
    transactions = Number(row.n);
  }
  return { cpuMs, transactions };
}

function stopServer(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    /* already gone */
  }
}

async function readCode(email: string, sql?: postgres.Sql): Promise<string> {
  for (let i = 0; i < 400; i++) {
    if (sql) {
      const [row] = await sql<{ text: string }[]>`select text from mailbox where recipient = ${email} order by id desc limit 1`;
      const code = row && /is (\d{6})/.exec(row.text)?.[1];
      if (code) return code;
    } else {
      const r = await fetch(`${base}/dev/mailbox/latest?to=${encodeURIComponent(email)}`);
      const body = (await r.json()) as { message: { code: string | null } | null };
      if (body.message?.code) return body.message.code;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no code arrived for ${email}`);
}

let counter = 0;

async function registerViaApi(sql: postgres.Sql | undefined, timings: Record<string, number[]>): Promise<number> {
  const n = ++counter;
  const tag = `${n}_${randomBytes(3).toString("hex")}`;
  const email = `bench_${tag}@example.com`;
  const headers = { "content-type": "application/json", "x-forwarded-for": clientAddress(0, n) };
  const begin = performance.now();
  let token = "";
  let id = "";
  const call = async (step: string, url: string, body?: unknown, extra: Record<string, string> = {}) => {
    const t0 = performance.now();
    const res = await fetch(`${base}${url}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a load script reads whatever shape the API answered
    const json = (await res.json()) as any;
    timings[step].push(performance.now() - t0);
    if (res.status >= 400 || json.errors?.length) throw new Error(`${step}: ${res.status} ${JSON.stringify(json.errors ?? json.error)}`);
    return { json, res };
  };
  const started = await call("start", "/api/flows/user-registration", {});
  token = started.json.token;
  id = started.json.flow.id;
  const flowUrl = `/api/flows/user-registration/${id}`;
  const country = await call("choose country", flowUrl, { revision: 0, fields: { country: "US" } });
  const captchaId = country.json.flow.fields.find((f: { kind: string }) => f.kind === "captcha").captcha.id;
  await call("email + picture code", flowUrl, { revision: 1, fields: { email, captcha: CAPTCHA, captchaId } });
  const t0 = performance.now();
  const code = await readCode(email, sql);
  timings["read code"].push(performance.now() - t0);
  await call("enter code", flowUrl, { revision: 2, fields: { code } });
  const done = await call("finish", flowUrl, {
    revision: 3,
    fields: { username: `b_${tag}`, password: PASSWORD, confirmPassword: PASSWORD, terms: true },
  });
  token = "";
  const session = await call("session", "/api/session", { loginToken: done.json.loginToken });
  if (!session.res.headers.getSetCookie().some((c) => c.includes("authjs.session-token"))) throw new Error("no session cookie");
  return performance.now() - begin;
}

async function readMessage(email: string, subject: RegExp, sql?: postgres.Sql): Promise<string> {
  for (let i = 0; i < 400; i++) {
    if (sql) {
      const rows = await sql<{ subject: string; text: string }[]>`select subject, text from mailbox where recipient = ${email} order by id desc limit 5`;
      const hit = rows.find((r) => subject.test(r.subject));
      if (hit) return hit.text;
    } else {
      const r = await fetch(`${base}/dev/mailbox/latest?to=${encodeURIComponent(email)}`);
      const body = (await r.json()) as { message: { subject: string; text: string } | null };
      if (body.message && subject.test(body.message.subject)) return body.message.text;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no message ${subject} for ${email}`);
}

async function registerInstaller(sql: postgres.Sql | undefined, timings: Record<string, number[]>): Promise<number> {
  const n = ++counter;
  const tag = `${n}_${randomBytes(3).toString("hex")}`;
  const email = `bench_inst_${tag}@example.com`;
  const b = new Browserless(base, { "x-forwarded-for": clientAddress(1, n) });
  const begin = performance.now();
  const time = async <T>(step: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    timings[step].push(performance.now() - t0);
    return out;
  };
  await time("open register", () => b.get("/register/installer?region=America&confirm=US"));
  await time("choose country", () => b.press("Ok"));
  await time("email + picture code", () => b.press("Get Verification Code", { email, captcha: CAPTCHA }));
  const code = await time("read code", () => readCode(email, sql));
  await time("enter code", () => b.press("Next", { code }));
  await time("password", () => b.press("Next", { password: PASSWORD, confirmPassword: PASSWORD }));
  await time("profile", () => b.press("Next", { fullName: "Bench Installer", phone: `201555${String(n % 10000).padStart(4, "0")}`, companyName: `Bench ${tag}` }));
  await time("register", () => b.press("Register", { terms: "on" }));
  if (!b.html.includes("Confirm your email")) throw new Error(`installer register failed at ${b.url}`);
  const text = await readMessage(email, /Verify Now/, sql);
  const link = /(https?:\/\/\S+\/verify-email\?token=[\w-]+)/.exec(text)![1];
  await time("verify now", () => b.get(new URL(link).pathname + new URL(link).search));
  await time("sign in", async () => {
    await b.press("Sign In", { identifier: email, password: PASSWORD });
    await passSignInCheck(b, email, sql);
  });
  if (!b.url.includes("/account/company")) throw new Error(`installer not signed in: ${b.url}`);
  return performance.now() - begin;
}

const SIGNIN_ACCOUNTS = 64;

/** Accounts for --signin, inserted directly with a hash of the chosen cost (verification uses the hash's own parameters). */
async function seedSignInAccounts(sql: postgres.Sql) {
  const { hash } = await import("@node-rs/argon2");
  const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: argonMemory, timeCost: argonIterations, parallelism: 1 });
  for (let i = 0; i < SIGNIN_ACCOUNTS; i++) {
    const name = `bench_signin_${i}`;
    await sql`insert into users (username, username_lower, email, email_lower, country, password_hash, terms_version)
      values (${name}, ${name}, ${`${name}@example.com`}, ${`${name}@example.com`}, 'US', ${passwordHash},
              (select version from terms_versions order by published_at desc limit 1))
      on conflict do nothing`;
  }
}

/** The sign-in check after a right password from a new browser: read the emailed code, enter it, trust the browser. */
async function passSignInCheck(b: Browserless, email: string, sql: postgres.Sql | undefined, trust = true) {
  if (!b.url.includes("/login/check/")) return;
  await b.press("Verify", { code: await readCode(email, sql), ...(trust ? { trustDevice: "on" } : {}) });
}

/** Each seeded account's trusted-browser cookie, made by one real sign-in with a code per account. */
const trustedDeviceCookies: string[] = [];
const newDeviceSignIns: number[] = [];

async function trustSignInBrowsers(sql: postgres.Sql) {
  for (let i = 0; i < SIGNIN_ACCOUNTS; i++) {
    const b = new Browserless(base, { "x-forwarded-for": clientAddress(2, i) });
    const t0 = performance.now();
    await b.get("/login");
    await b.press("Sign In", { identifier: `bench_signin_${i}`, password: PASSWORD });
    if (!b.url.includes("/login/check/")) throw new Error(`expected a sign-in check for a new browser, got ${b.url}`);
    await passSignInCheck(b, `bench_signin_${i}@example.com`, sql);
    if (!b.html.includes("My Account")) throw new Error(`sign-in with code failed: ${b.url}`);
    newDeviceSignIns.push(performance.now() - t0);
    trustedDeviceCookies[i] = b.cookies.get("gh_device")!;
  }
}

/** Each seeded account's trusted app device token, made by one real API sign-in with a code per account. */
const trustedAppTokens: string[] = [];

/** The parts of the JSON API's answers that the bench reads. */
type ApiAnswer = {
  status?: string;
  token?: string;
  deviceToken?: string;
  loginToken?: string;
  flow?: { id: string; step: string; revision: number };
};

async function postJson(url: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${base}${url}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { res, json: (await res.json()) as ApiAnswer };
}

async function trustSignInApps(sql: postgres.Sql) {
  for (let i = 0; i < SIGNIN_ACCOUNTS; i++) {
    const headers = { "x-forwarded-for": clientAddress(5, i) };
    const t0 = performance.now();
    const first = await postJson("/api/sign-in", { identifier: `bench_signin_${i}`, password: PASSWORD }, headers);
    if (first.json.status !== "check" || !first.json.flow || first.json.flow.step !== "verify") throw new Error(`expected a sign-in check: ${JSON.stringify(first.json)}`);
    const code = await readCode(`bench_signin_${i}@example.com`, sql);
    const done = await postJson(
      `/api/flows/sign-in-check/${first.json.flow.id}`,
      { revision: first.json.flow.revision, fields: { code, trustDevice: true } },
      { ...headers, authorization: `Bearer ${first.json.token}` },
    );
    if (!done.json.loginToken) throw new Error(`sign-in check failed: ${JSON.stringify(done.json)}`);
    newDeviceSignIns.push(performance.now() - t0);
    trustedAppTokens[i] = first.json.deviceToken ?? "";
  }
}

async function signInApiOnce(timings: Record<string, number[]>): Promise<number> {
  const n = ++counter;
  const i = n % SIGNIN_ACCOUNTS;
  const t0 = performance.now();
  const r = await postJson("/api/sign-in", { identifier: `bench_signin_${i}`, password: PASSWORD, deviceToken: trustedAppTokens[i] }, { "x-forwarded-for": clientAddress(5, n) });
  const ms = performance.now() - t0;
  timings["sign in (API)"].push(ms);
  if (r.json.status !== "signed_in" || !r.res.headers.getSetCookie().some((c) => c.includes("authjs.session-token"))) throw new Error(`API sign-in failed: ${JSON.stringify(r.json)}`);
  return ms;
}

async function signInOnce(timings: Record<string, number[]>): Promise<number> {
  const n = ++counter;
  const b = new Browserless(base, { "x-forwarded-for": clientAddress(2, n) });
  // A browser the account trusts (from a network it has used): the password alone signs in.
  b.cookies.set("gh_device", trustedDeviceCookies[n % SIGNIN_ACCOUNTS]);
  const begin = performance.now();
  let t0 = performance.now();
  await b.get("/login");
  timings["open login"].push(performance.now() - t0);
  t0 = performance.now();
  await b.press("Sign In", { identifier: `bench_signin_${n % SIGNIN_ACCOUNTS}`, password: PASSWORD });
  timings["sign in + My Account"].push(performance.now() - t0);
  if (!b.url.includes("/account") || !b.html.includes("My Account")) throw new Error(`sign-in failed: ${b.url}`);
  return performance.now() - begin;
}

async function register(sql: postgres.Sql | undefined, timings: Record<Step, number[]>): Promise<number> {
  const n = ++counter;
  const tag = `${n}_${randomBytes(3).toString("hex")}`;
  const email = `bench_${tag}@example.com`;
  // Each registration comes from its own client address (documentation prefix), as real ones would.
  const b = new Browserless(base, { "x-forwarded-for": clientAddress(0, n) });
  const begin = performance.now();
  const time = async <T>(step: Step, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    timings[step].push(performance.now() - t0);
    return out;
  };
  await time("open register", () => b.get("/register?region=America&confirm=US"));
  await time("choose country", () => b.press("Ok"));
  if (!b.url.includes("/register/")) throw new Error(`country step failed at ${b.url}`);
  await time("email + picture code", () => b.press("Next", { email, captcha: CAPTCHA }));
  const code = await time("read code", () => readCode(email, sql));
  await time("enter code", () => b.press("Next", { code }));
  if (!b.html.includes("Create your account")) throw new Error("code step failed");
  await time("finish + My Account", () =>
    b.press("Finish", { username: `b_${tag}`, password: PASSWORD, confirmPassword: PASSWORD, terms: "on" }),
  );
  if (!b.url.includes("/account") || !b.html.includes("ready to add devices")) throw new Error(`not signed in: ${b.url}`);
  return performance.now() - begin;
}

function pct(values: number[], p: number) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(count: number, sql: postgres.Sql | undefined) {
  const timings = Object.fromEntries(steps.map((s) => [s, [] as number[]])) as Record<Step, number[]>;
  const whole: number[] = [];
  const errors: string[] = [];
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (started < count) {
        started++;
        try {
          whole.push(
            await (signinApi ? signInApiOnce(timings) : signin ? signInOnce(timings) : installer ? registerInstaller(sql, timings) : api ? registerViaApi(sql, timings) : register(sql, timings)),
          );
        } catch (e) {
          errors.push((e as Error).message);
        }
      }
    }),
  );
  return { seconds: (performance.now() - t0) / 1000, timings, whole, errors };
}

async function main() {
  if (process.argv.includes("--compare")) return (await import("./bench-compare")).compare(process.argv);
  if (external) {
    await run(warmup, undefined);
    return report(await run(total, undefined));
  }
  ensureBuild();
  const db = await setUpDatabase();
  console.log(`Database: ${db.label}`);
  if (signin && !db.sql) throw new Error("--signin needs DATABASE_URL (it seeds accounts directly)");
  console.log(
    signin
      ? `argon2id of the seeded accounts: ${argonMemory} KiB, ${argonIterations} iterations`
      : `argon2id: ${process.env.ARGON2_MEMORY_KIB ?? 19456} KiB, ${process.env.ARGON2_ITERATIONS ?? 2} iterations`,
  );
  if ((desk || studio) && !db.sql) throw new Error("--desk and --studio need DATABASE_URL (they seed accounts directly)");
  const server = await startServer(db.env);
  try {
    if (desk) return await deskBench(db.sql!);
    if (studio) return await studioBench(db.sql!);
    if (signin) {
      await seedSignInAccounts(db.sql!);
      await (signinApi ? trustSignInApps(db.sql!) : trustSignInBrowsers(db.sql!));
      const avg = newDeviceSignIns.reduce((a, b) => a + b, 0) / newDeviceSignIns.length;
      console.log(`New-browser sign-ins with an emailed code, one at a time: ${newDeviceSignIns.length}, mean ${avg.toFixed(1)} ms, p95 ${pct(newDeviceSignIns, 95).toFixed(1)} ms`);
    }
    await run(warmup, db.sql);
    const before = await serverCost(server, db.sql);
    const result = await run(total, db.sql);
    report(result);
    await new Promise((r) => setTimeout(r, 1500)); // PostgreSQL publishes its counters about once a second
    const after = await serverCost(server, db.sql);
    const per = (a: number, b: number) => ((b - a) / Math.max(1, result.whole.length)).toFixed(1);
    console.log(
      `\nPer ${signin ? "sign-in" : "registration"}: ${per(before.cpuMs, after.cpuMs)} ms of app server CPU, ` +
        `${per(before.transactions, after.transactions)} database transactions (statements outside a transaction count one each${signin ? "" : "; the bench's own code polling is included"})`,
    );
  } finally {
    stopServer(server);
    await db.cleanup();
  }
}

/** Seed `deskCases` cases in one statement, sign an agent in (with the emailed code), then time queue pages. */
async function deskBench(sql: postgres.Sql) {
  const { hash } = await import("@node-rs/argon2");
  const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const [agent] = await sql<{ id: string }[]>`insert into users (username, username_lower, email, email_lower, country, role, password_hash, terms_version)
    values ('bench_agent', 'bench_agent', 'bench_agent@example.com', 'bench_agent@example.com', 'US', 'support_agent', ${passwordHash},
            (select version from terms_versions order by published_at desc limit 1)) returning id`;
  const owners = await sql<{ id: string }[]>`insert into users (username, username_lower, email, email_lower, country, password_hash)
    select 'bench_owner_' || g, 'bench_owner_' || g, 'bench_owner_' || g || '@example.com', 'bench_owner_' || g || '@example.com', 'US', 'x'
    from generate_series(1, 1000) g returning id`;
  const t0 = performance.now();
  await sql`insert into support_cases (user_id, user_email, status, device, serial, photo_id, created_at, updated_at, first_decision_at, assignee_id)
    select o.id, 'bench_owner_' || (g % 1000 + 1) || '@example.com',
           (array['new','new','in_review','waiting_customer','approved','rejected','closed','closed'])[g % 8 + 1],
           jsonb_build_object('model', 'DS-2CD2143G2-I', 'serial', 'DS2CD' || lpad(g::text, 9, '0'), 'mac', '44-19-b6-00-00-00', 'ipv4', '192.168.1.64', 'firmware', 'V5.7.3', 'activated', true, 'passwordResetAbility', true),
           'DS2CD' || lpad(g::text, 9, '0'), null,
           now() - (g || ' minutes')::interval, now(),
           case when g % 8 >= 4 then now() - (g || ' minutes')::interval + interval '30 minutes' end,
           case when g % 3 = 0 then ${agent.id}::uuid end
    from generate_series(1, ${deskCases}) g join (select id, row_number() over () as n from users where username like 'bench_owner_%') o on o.n = g % 1000 + 1`;
  await sql`analyze support_cases`;
  console.log(`Seeded ${deskCases} cases for ${owners.length} accounts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const b = new Browserless(base, { "x-forwarded-for": "2001:db8:3::1" });
  await b.get("/login");
  await b.press("Sign In", { identifier: "bench_agent", password: PASSWORD });
  await passSignInCheck(b, "bench_agent@example.com", sql);
  if (!b.url.includes("/account")) throw new Error(`agent sign-in failed: ${b.url}`);

  const first = await b.get("/desk");
  const next = /href="(\/desk\?[^"]*after=[^"]+)"/.exec(first)?.[1]?.replace(/&amp;/g, "&");
  if (!next) throw new Error("no next page link on /desk");
  const pages: Record<string, string> = {
    "queue (open, oldest)": "/desk",
    "queue page 2 (keyset)": next,
    "all, newest first": "/desk?status=all&sort=newest",
    "assigned to me": "/desk?assigned=me",
    "search by email": "/desk?status=all&q=bench_owner_417%40example.com",
    "search by case number": `/desk?status=all&q=C-${Math.floor(deskCases / 2)}`,
    "search by serial prefix": "/desk?status=all&q=DS2CD0000123",
    "search by serial middle": "/desk?status=all&q=CD0000123",
    "search by serial suffix": "/desk?status=all&q=12345",
    "search by user name": "/desk?status=all&q=BENCH_OWNER_417",
  };
  const rounds = arg("rounds", 60);
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 0; i < 5; i++) for (const url of Object.values(pages)) await b.get(url); // warm up
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, 8) }, async (_, w) => {
      const worker = new Browserless(base, { "x-forwarded-for": "2001:db8:3::1" });
      worker.cookies = new Map(b.cookies);
      for (let i = w; i < rounds; i += Math.min(concurrency, 8)) {
        for (const [name, url] of Object.entries(pages)) {
          const s0 = performance.now();
          const html = await worker.get(url);
          times[name].push(performance.now() - s0);
          if (!html.includes("Support desk")) throw new Error(`not the desk: ${url}`);
        }
      }
    }),
  );
  const total = Object.values(times).reduce((a, v) => a + v.length, 0);
  const fmt = (v: number) => v.toFixed(1).padStart(8);
  console.log(`\nDriving: the support desk queue as a signed-in agent, ${deskCases} cases, ${Math.min(concurrency, 8)} concurrent`);
  console.log(`${total} pages in ${((performance.now() - t1) / 1000).toFixed(2)} s: ${(total / ((performance.now() - t1) / 1000)).toFixed(1)} pages/s (${os.cpus().length} cores)\n`);
  console.log(`${"page".padEnd(28)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"p99 ms".padStart(8)}`);
  for (const [name, v] of Object.entries(times)) console.log(`${name.padEnd(28)}${fmt(pct(v, 50))}${fmt(pct(v, 95))}${fmt(pct(v, 99))}`);
  const all = Object.values(times).flat();
  console.log(`${"all desk pages".padEnd(28)}${fmt(pct(all, 50))}${fmt(pct(all, 95))}${fmt(pct(all, 99))}`);
}

async function studioBench(sql: postgres.Sql) {
  const { hash } = await import("@node-rs/argon2");
  const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await sql`insert into users (username, username_lower, email, email_lower, country, role, password_hash, terms_version)
    values ('bench_editor', 'bench_editor', 'bench_editor@example.com', 'bench_editor@example.com', 'US', 'flow_editor', ${passwordHash},
            (select version from terms_versions order by published_at desc limit 1))`;
  const b = new Browserless(base, { "x-forwarded-for": "2001:db8:4::1" });
  await b.get("/login");
  await b.press("Sign In", { identifier: "bench_editor", password: PASSWORD });
  await passSignInCheck(b, "bench_editor@example.com", sql);
  const flowPath = "/studio/user-registration";
  const page: number[] = [];
  const layout: number[] = [];
  for (let i = 0; i < 35; i++) {
    const t0 = performance.now();
    const html = await b.get(flowPath);
    if (i >= 5) page.push(performance.now() - t0);
    const ms = /laid out in (?:<!-- -->)?(\d+)(?:<!-- -->)? ms/.exec(html)?.[1];
    if (ms && i >= 5) layout.push(Number(ms));
  }
  const edit: number[] = [];
  const publish: number[] = [];
  for (let i = 0; i < 15; i++) {
    await b.get(flowPath);
    let t0 = performance.now();
    await b.press("Save settings in draft", { "setting:codeValidMs": String(5 + (i % 5)) });
    edit.push(performance.now() - t0);
    if (!b.html.includes("Saved in the draft.")) throw new Error("settings edit refused");
    t0 = performance.now();
    await b.press("Publish", { note: `bench ${i}` });
    publish.push(performance.now() - t0);
    if (!/Published as version (<!-- -->)?\d+/.test(b.html)) throw new Error(`publish refused on ${b.url}: ${b.html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 600)}`);
  }
  const fmt = (v: number) => v.toFixed(1).padStart(8);
  console.log(`\nDriving: the flow studio as a signed-in editor (user-registration, one at a time)\n`);
  console.log(`${"".padEnd(36)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}`);
  console.log(`${"ELK layout (measured in the page)".padEnd(36)}${fmt(pct(layout, 50))}${fmt(pct(layout, 95))}`);
  console.log(`${"diagram page, whole request".padEnd(36)}${fmt(pct(page, 50))}${fmt(pct(page, 95))}`);
  console.log(`${"settings edit into the draft".padEnd(36)}${fmt(pct(edit, 50))}${fmt(pct(edit, 95))}`);
  console.log(`${"validate + publish".padEnd(36)}${fmt(pct(publish, 50))}${fmt(pct(publish, 95))}`);
}

function report(r: Awaited<ReturnType<typeof run>>) {
    const fmt = (v: number) => v.toFixed(1).padStart(8);
    console.log(
      `\nDriving: ${signinApi ? "password sign-ins through POST /api/sign-in (a trusted app device token per account)" : signin ? "password sign-ins through the sign-in page (a trusted browser per account, ending on My Account)" : installer ? "the Installer Admin registration pages, through Verify Now and sign-in" : api ? "the JSON API (/api/flows)" : "the pages and server actions, as a browser without JavaScript"}`,
    );
    console.log(`${r.whole.length} ${signin ? "sign-ins" : "registrations"} completed, ${r.errors.length} failed, concurrency ${concurrency}, ${r.seconds.toFixed(2)} s`);
    console.log(`Throughput: ${(r.whole.length / r.seconds).toFixed(1)} ${signin ? "sign-ins" : "registrations"}/s (${os.cpus().length} cores)\n`);
    console.log(`${"step".padEnd(24)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"p99 ms".padStart(8)}`);
    for (const s of steps) {
      const v = r.timings[s];
      console.log(`${s.padEnd(24)}${fmt(pct(v, 50))}${fmt(pct(v, 95))}${fmt(pct(v, 99))}`);
    }
    console.log(`${(signin ? "whole sign-in" : "whole registration").padEnd(24)}${fmt(pct(r.whole, 50))}${fmt(pct(r.whole, 95))}${fmt(pct(r.whole, 99))}`);
    if (r.errors.length) console.log(`\nFirst errors:\n  ${[...new Set(r.errors)].slice(0, 5).join("\n  ")}`);
    process.exitCode = r.errors.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
