/**
 * npm run soak -- [--minutes 10] [--port 3330] [--stub-port 3331] [--sadp-port 37090] [--capacity-seconds 30] [--idle-seconds 30]
 *
 * Runs the production build (build it first: npx next build) on a fresh PostgreSQL database beside
 * DATABASE_URL (PGlite when it is unset), with Resend and Twilio replaced by a local stub that logs
 * every message, and the device simulator answering LAN scans (UDP on --sadp-port), then drives
 * mixed traffic: registrations through the JSON API and through the pages, password sign-ins from
 * new browsers with their emailed sign-in check, device password reset cases opened by signed-in
 * customers through the pages (scan, label photo upload, Confirm), and support desk pages as a
 * signed-in agent, who finds the latest case in the queue. Phases: idle latency (one at a time), capacity (8 at once), then the
 * soak at half the measured capacity. Pass: zero 5xx, no message lost or sent twice (the outbox
 * against the stub's log), soak p95 within 2x the idle p95, server memory (RSS) growth under 10%
 * from minute 2 to the end. Prints the figures and exits 1 when a check fails.
 */
import { spawn, type ChildProcess, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import sharp from "sharp";
import { Browserless } from "./lib/browserless";
import { startProviderStub, type ProviderStub } from "../tests/support/provider-stub";

const argv = process.argv.slice(2);
const num = (name: string, fallback: number) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const minutes = num("minutes", 10);
const port = num("port", 3330);
const stubPort = num("stub-port", port + 1);
const sadpPort = num("sadp-port", 37090);
const idleSeconds = num("idle-seconds", 30);
const capacitySeconds = num("capacity-seconds", 30);
const base = `http://127.0.0.1:${port}`;
const root = path.resolve(__dirname, "..");
const CAPTCHA = "SOAK";
const PASSWORD = "Soak-Pass-2026";
const ACCOUNTS = 2000;
/** Accounts that open cases (after the sign-in accounts and the agent); each opens CASES_PER_ACCOUNT. */
const CASE_ACCOUNTS = 1000;
const CASES_PER_ACCOUNT = 8;

type Sample = { at: number; kind: string; status: number; ms: number };
const samples: Sample[] = [];
const failures: string[] = [];

/** A browser without JavaScript whose every request (redirects followed) is timed and its status kept. */
class Timed extends Browserless {
  kind = "";
  async request(p: string, init: RequestInit = {}): Promise<Response> {
    const t0 = performance.now();
    const res = await super.request(p, init);
    samples.push({ at: Date.now(), kind: this.kind, status: res.status, ms: performance.now() - t0 });
    return res;
  }
}

let n = 0;
/** Each operation comes from its own IPv6 /64 (documentation prefix), as separate people would. */
const address = () => `2001:db8:${(++n % 0xffff).toString(16)}:${randomBytes(2).toString("hex")}::1`;

let stub: ProviderStub;

async function codeFor(to: string, after: number): Promise<string> {
  for (let i = 0; i < 1200; i++) {
    const hit = [...stub.delivered.values()].filter((r) => r.to === to && r.at >= after).at(-1);
    const code = hit && /(?<![\w/.:])(\d{6})(?![\w/])/.exec(hit.body)?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no code reached ${to}`);
}

/** The parts of the flows API's answers that the soak reads. */
type FlowAnswer = {
  token: string;
  loginToken?: string;
  errors?: unknown[];
  error?: unknown;
  flow: { id: string; fields: { kind: string; captcha?: { id: string } }[] };
};

async function apiRegistration() {
  const tag = randomBytes(5).toString("hex");
  const email = `soak_api_${tag}@example.com`;
  let token = "";
  const headers = { "content-type": "application/json", "x-forwarded-for": address() };
  const call = async (url: string, body: unknown) => {
    const t0 = performance.now();
    const res = await fetch(`${base}${url}`, { method: "POST", headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    const json = (await res.json().catch(() => ({}))) as FlowAnswer;
    samples.push({ at: Date.now(), kind: "api", status: res.status, ms: performance.now() - t0 });
    if (res.status >= 400 || json.errors?.length) throw new Error(`api ${url}: ${res.status} ${JSON.stringify(json.errors ?? json.error).slice(0, 200)}`);
    return json;
  };
  const started = await call("/api/flows/user-registration", {});
  token = started.token;
  const url = `/api/flows/user-registration/${started.flow.id}`;
  const country = await call(url, { revision: 0, fields: { country: "US" } });
  const captchaId = country.flow.fields.find((f) => f.kind === "captcha")?.captcha?.id;
  const t = Date.now();
  await call(url, { revision: 1, fields: { email, captcha: CAPTCHA, captchaId } });
  await call(url, { revision: 2, fields: { code: await codeFor(email, t) } });
  const done = await call(url, { revision: 3, fields: { username: `sa_${tag}`, password: PASSWORD, confirmPassword: PASSWORD, terms: true } });
  if (!done.loginToken) throw new Error("api registration: no login token");
}

async function pageRegistration() {
  const tag = randomBytes(5).toString("hex");
  const email = `soak_page_${tag}@example.com`;
  const b = new Timed(base, { "x-forwarded-for": address() });
  b.kind = "pages";
  await b.get("/register?region=America&confirm=US");
  await b.press("Ok");
  const t = Date.now();
  await b.press("Next", { email, captcha: CAPTCHA });
  await b.press("Next", { code: await codeFor(email, t) });
  await b.press("Finish", { username: `sp_${tag}`, password: PASSWORD, confirmPassword: PASSWORD, terms: "on" });
  if (!b.url.includes("/account")) throw new Error(`page registration ended on ${b.url}`);
}

let account = 0;
async function signInWithCheck() {
  const i = account++ % ACCOUNTS;
  const b = new Timed(base, { "x-forwarded-for": address() });
  b.kind = "sign-in";
  await b.get("/login");
  const t = Date.now();
  await b.press("Sign In", { identifier: `soak_user_${i}`, password: PASSWORD });
  if (!b.url.includes("/login/check/")) throw new Error(`sign-in: expected the check, got ${b.url}`);
  await b.press("Verify", { code: await codeFor(`soak_user_${i}@example.com`, t) });
  if (!b.url.includes("/account")) throw new Error(`sign-in check ended on ${b.url}`);
}

/** A label photo as a phone would send it: a small real JPEG, made once. */
let labelPhoto: Uint8Array<ArrayBuffer>;
async function makeLabelPhoto(): Promise<Uint8Array<ArrayBuffer>> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="100%" height="100%" fill="white"/><rect x="20" y="20" width="760" height="360" fill="none" stroke="black" stroke-width="5"/><text x="50" y="170" font-size="44" font-family="sans-serif">HIKVISION DS-2CD2143G2-I</text><text x="50" y="260" font-size="34" font-family="monospace">SerialNo: DS-2CD2143G2-I20231104AAWRJ</text></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer());
}

/**
 * Signed-in customers for case opening: account j signs in (password, then the emailed check) the
 * first time it is needed and then opens CASES_PER_ACCOUNT cases, which keeps each account within
 * its hourly label photo quota. Each keeps its own network, as one person at home would.
 */
const customers = new Map<number, Promise<{ headers: Record<string, string>; cookies: Map<string, string> }>>();
function customer(j: number) {
  let session = customers.get(j);
  if (!session) {
    session = (async () => {
      const name = `soak_user_${ACCOUNTS + 1 + j}`;
      const b = new Timed(base, { "x-forwarded-for": address() });
      b.kind = "case";
      await b.get("/login");
      const t = Date.now();
      await b.press("Sign In", { identifier: name, password: PASSWORD });
      await b.press("Verify", { code: await codeFor(`${name}@example.com`, t) });
      if (!b.url.includes("/account")) throw new Error(`case customer sign-in ended on ${b.url}`);
      return { headers: b.headers, cookies: b.cookies };
    })();
    session.catch(() => customers.delete(j));
    customers.set(j, session);
  }
  return session;
}

/** The case numbers opened, newest last: the desk looks the latest one up. */
const opened: string[] = [];
let caseN = 0;
async function caseOpening() {
  const j = Math.floor(caseN++ / CASES_PER_ACCOUNT) % CASE_ACCOUNTS;
  const session = await customer(j);
  const b = new Timed(base, session.headers);
  b.kind = "case";
  b.cookies = new Map(session.cookies);
  await b.get("/tools/cases/new/reset");
  await b.press("Device on LAN (SADP)");
  const [device] = b.radios("device");
  if (!device) throw new Error(`case: no device answered the scan (${b.url})`);
  await b.press("Next", { device });
  if (!b.html.includes("Photo of the device label")) throw new Error(`case: not the photo step (${b.url})`);
  await b.press("Next", { photo: new File([labelPhoto], "label.jpg", { type: "image/jpeg" }) });
  if (!b.html.includes("Confirm your case")) throw new Error(`case: the photo was not taken (${b.url})`);
  await b.press("Confirm", { commitment: "on" });
  const number = /Case (C-\d{6}) was submitted/.exec(b.html)?.[1];
  if (!number) throw new Error(`case: not submitted (${b.url})`);
  opened.push(number);
}

let agent: Timed;
const deskPages = ["/desk", "/desk?status=all&sort=newest", "/desk?assigned=me", "/desk?status=all&q=soak_user_7", "latest case"];
let deskN = 0;
async function deskPage() {
  const b = new Timed(base, agent.headers);
  b.kind = "desk";
  b.cookies = new Map(agent.cookies);
  const page = deskPages[deskN++ % deskPages.length];
  const latest = opened.at(-1);
  if (page === "latest case") {
    // The newest case opened must be in the open queue.
    if (!latest) return;
    const html = await b.get(`/desk?q=${latest}`);
    if (!html.includes(latest)) throw new Error(`case ${latest} is not in the desk queue`);
    return;
  }
  const html = await b.get(page);
  if (!html.includes("Support desk")) throw new Error("not the desk page");
}

/** The mix: per 10 operations, 2 API registrations, 2 page registrations, 2 sign-ins with a check, 2 case openings, 2 desk pages. */
const mix = [apiRegistration, pageRegistration, signInWithCheck, caseOpening, deskPage, apiRegistration, pageRegistration, signInWithCheck, caseOpening, deskPage];
let next = 0;
let completed = 0;
async function operation() {
  const op = mix[next++ % mix.length];
  try {
    await op();
    completed++;
  } catch (e) {
    failures.push(`${op.name}: ${(e as Error).message}`);
  }
}

/** Closed loop: `workers` at once for `seconds`. Returns operations per second. */
async function closedLoop(workers: number, seconds: number): Promise<number> {
  const end = Date.now() + seconds * 1000;
  const before = completed;
  const t0 = Date.now();
  await Promise.all(Array.from({ length: workers }, async () => {
    while (Date.now() < end) await operation();
  }));
  return (completed - before) / ((Date.now() - t0) / 1000);
}

/** Open loop: start operations at `rate` per second for `seconds`, whatever the answers take. */
async function openLoop(rate: number, seconds: number, everyMinute: (minute: number) => void) {
  const t0 = Date.now();
  const inFlight = new Set<Promise<void>>();
  let started = 0;
  let minute = 0;
  while (Date.now() - t0 < seconds * 1000) {
    const due = Math.floor(((Date.now() - t0) / 1000) * rate);
    while (started < due && inFlight.size < 64) {
      started++;
      const p = operation().finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    const m = Math.floor((Date.now() - t0) / 60_000);
    if (m > minute) everyMinute((minute = m));
    await new Promise((r) => setTimeout(r, 20));
  }
  await Promise.all(inFlight);
}

function pct(values: number[], p: number) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** The resident memory of the server and its child processes, in MiB. */
function rssMiB(server: ChildProcess): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(server.pid)], { encoding: "utf8" });
  return out.split("\n").filter(Boolean).reduce((a, l) => a + Number(l.trim()), 0) / 1024;
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No production build: run npx next build first.");
  const adminUrl = process.env.DATABASE_URL;
  const name = `gatehouse_soak_${randomBytes(3).toString("hex")}`;
  let env: Record<string, string>;
  let sql: postgres.Sql | undefined;
  let dir = "";
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-soak-uploads-"));
  if (adminUrl) {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.toString() };
    sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-soak-"));
    env = { PGLITE_DIR: dir, DATABASE_URL: "" };
  }
  stub = await startProviderStub(stubPort);
  labelPhoto = await makeLabelPhoto();
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: "production",
      AUTH_SECRET: "soak-secret-soak-secret-soak-secret-soak",
      APP_URL: base,
      CAPTCHA_TEST_ANSWER: CAPTCHA,
      SEED_DEMO: "0",
      RESEND_API_KEY: "re_soak",
      RESEND_BASE_URL: stub.url,
      TWILIO_ACCOUNT_SID: "ACsoak",
      TWILIO_AUTH_TOKEN: "soak",
      TWILIO_FROM: "+15005550006",
      TWILIO_BASE_URL: stub.url,
      // The device simulator answers the case wizard's LAN scan on loopback; photos go to a throwaway folder.
      SADP_SIMULATOR: "1",
      SADP_SIMULATOR_PORT: String(sadpPort),
      SADP_SCAN_MS: "400",
      UPLOAD_DIR: uploads,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  try {
    for (let i = 0; ; i++) {
      if (i > 240 || server.exitCode !== null) throw new Error(`the server did not start:\n${log}`);
      if (await fetch(`${base}/login`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    if (!sql) throw new Error("The soak seeds accounts directly: set DATABASE_URL to a PostgreSQL.");
    const { hash } = await import("@node-rs/argon2");
    const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await sql`insert into users (username, username_lower, email, email_lower, country, password_hash, terms_version, role)
      select 'soak_user_' || g, 'soak_user_' || g, 'soak_user_' || g || '@example.com', 'soak_user_' || g || '@example.com', 'US', ${passwordHash},
             (select version from terms_versions order by published_at desc limit 1), 'user'
      from generate_series(0, ${ACCOUNTS + CASE_ACCOUNTS}) g`;
    // The agent is the last account, which the sign-ins never use.
    await sql`update users set role = 'support_agent' where username = ${`soak_user_${ACCOUNTS}`}`;
    agent = new Timed(base, { "x-forwarded-for": "2001:db8:ffff::1" });
    agent.kind = "setup";
    await agent.get("/login");
    const t = Date.now();
    await agent.press("Sign In", { identifier: `soak_user_${ACCOUNTS}`, password: PASSWORD });
    await agent.press("Verify", { code: await codeFor(`soak_user_${ACCOUNTS}@example.com`, t), trustDevice: "on" });

    const section = (label: string) => console.log(`\n== ${label} (${new Date().toISOString()})`);
    section("warm-up, 15 s, one at a time");
    await closedLoop(1, 15);
    samples.length = 0;
    section(`idle, ${idleSeconds} s, one at a time`);
    await closedLoop(1, idleSeconds);
    const idle = samples.filter((s) => s.kind !== "setup").map((s) => s.ms);
    const idleP95 = pct(idle, 95);
    console.log(`requests ${idle.length}, p50 ${pct(idle, 50).toFixed(1)} ms, p95 ${idleP95.toFixed(1)} ms`);
    section(`capacity, ${capacitySeconds} s, 8 at once`);
    const capacity = await closedLoop(8, capacitySeconds);
    const rate = capacity / 2;
    console.log(`capacity ${capacity.toFixed(2)} operations/s; the soak runs at ${rate.toFixed(2)}/s`);

    samples.length = 0;
    failures.length = 0;
    const soakStart = Date.now();
    const rss: { minute: number; mib: number }[] = [{ minute: 0, mib: rssMiB(server) }];
    section(`soak, ${minutes} min at ${rate.toFixed(2)} operations/s`);
    const done0 = completed;
    const opened0 = opened.length;
    await openLoop(rate, minutes * 60, (minute) => {
      const mib = rssMiB(server);
      rss.push({ minute, mib });
      const last = samples.filter((s) => s.at >= soakStart + (minute - 1) * 60_000).map((s) => s.ms);
      console.log(`minute ${minute}: ${last.length} requests, p95 ${pct(last, 95).toFixed(1)} ms, 5xx ${samples.filter((s) => s.status >= 500).length}, RSS ${mib.toFixed(0)} MiB, failures ${failures.length}`);
    });
    rss.push({ minute: minutes, mib: rssMiB(server) });
    const soakSeconds = (Date.now() - soakStart) / 1000;
    const all = samples.map((s) => s.ms);

    // Let the outbox finish, then compare it with what the stub received.
    for (let i = 0; i < 120; i++) {
      const [{ due }] = await sql<{ due: number }[]>`select count(*)::int as due from outbox where status in ('pending', 'sending')`;
      if (!due) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const rows = await sql<{ key: string; status: string }[]>`select idempotency_key as key, status from outbox where channel <> 'discard'`;
    const okAnswers = new Map<string, number>();
    for (const r of stub.requests) if (r.answered === 200 && r.key) okAnswers.set(r.key, (okAnswers.get(r.key) ?? 0) + 1);
    const lost = rows.filter((r) => r.status !== "sent" || !stub.delivered.has(r.key)).length;
    const duplicated = [...okAnswers.values()].filter((c) => c > 1).length;
    const unknown = [...stub.delivered.keys()].filter((k) => !rows.some((r) => r.key === k)).length;

    // Every case the soak opened is a new case in the desk queue, once.
    const numbers = opened.map((c) => Number(c.slice(2)));
    const [{ queued }] = await sql<{ queued: number }[]>`select count(*)::int as queued from support_cases where status = 'new' and number = any(${sql.array(numbers)}::bigint[])`;
    const casesOpened = opened.length - opened0;

    const fivexx = samples.filter((s) => s.status >= 500).length;
    const p95 = pct(all, 95);
    const fromMinute2 = rss.find((r) => r.minute === Math.min(2, minutes))?.mib ?? rss[0].mib;
    const growth = (rss.at(-1)!.mib - fromMinute2) / fromMinute2;
    const checks = {
      "zero 5xx": fivexx === 0,
      "no lost or duplicated messages": lost === 0 && duplicated === 0 && unknown === 0,
      "p95 within 2x idle": p95 <= 2 * idleP95,
      "RSS growth under 10% from minute 2": growth < 0.1,
      "every case opened is in the desk queue": casesOpened > 0 && queued === opened.length,
    };
    section("result");
    console.log(
      JSON.stringify(
        {
          database: adminUrl ? "PostgreSQL" : "PGlite",
          cores: os.cpus().length,
          minutes,
          capacityPerSecond: +capacity.toFixed(2),
          soakRatePerSecond: +rate.toFixed(2),
          operations: completed - done0,
          casesOpened,
          casesOpenedAllPhases: opened.length,
          casesInDeskQueue: queued,
          requests: samples.length,
          throughputRequestsPerSecond: +(samples.length / soakSeconds).toFixed(2),
          failedOperations: failures.length,
          fiveXX: fivexx,
          idleP95Ms: +idleP95.toFixed(1),
          soakP50Ms: +pct(all, 50).toFixed(1),
          soakP95Ms: +p95.toFixed(1),
          messages: rows.length,
          lost,
          duplicated,
          unknown,
          rssMiB: rss.map((r) => `${r.minute}:${r.mib.toFixed(0)}`).join(" "),
          rssGrowthFromMinute2: `${(growth * 100).toFixed(1)}%`,
          checks,
        },
        null,
        2,
      ),
    );
    if (failures.length) console.log(`first failures:\n  ${[...new Set(failures)].slice(0, 8).join("\n  ")}`);
    process.exitCode = Object.values(checks).every(Boolean) ? 0 : 1;
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {}
    await stub.close();
    await sql?.end();
    if (adminUrl) {
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(uploads, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
