/**
 * npm run bench -- --compare [--peer-port 3321] [--port 3320] [--peer-dir DIR]
 *
 * The Better Auth peer harness (../shared/peers/better-auth, its own run.sh, run from a private copy
 * in $TMPDIR/gatehouse-peer-PORT) and then Gatehouse,
 * back to back on the same PostgreSQL server, with the same argon2id cost (19 MiB, 2 iterations)
 * and 8 concurrent clients, then both figures and the ratio (Gatehouse / Better Auth) for:
 * sign-ins by JSON API and through the pages, registrations by JSON API and through the pages.
 * Better Auth has one sign-in and one registration path (its JSON API), so both of ours are set
 * against the same peer figure. Each Gatehouse figure is one `npm run bench` child run (a fresh
 * database and a fresh server), so its full per-step table is printed as well.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const CONCURRENCY = 8;
const ARGON2 = { memoryKib: 19456, iterations: 2 };

function option(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i > 0 && argv[i + 1] ? argv[i + 1] : fallback;
}

/** Run a command, echoing its output with a prefix; resolves with everything it printed. */
function run(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; prefix: string }): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const echo = (d: Buffer) => {
      out += d;
      for (const line of String(d).split("\n")) if (line.trim()) console.log(`${opts.prefix} ${line}`);
    };
    child.stdout.on("data", echo);
    child.stderr.on("data", echo);
    child.on("close", (code) => resolve({ code: code ?? 1, out }));
  });
}

const figure = (out: string, re: RegExp) => {
  const m = re.exec(out);
  return m ? Number(m[1]) : NaN;
};

export async function compare(argv: string[]) {
  const root = path.resolve(__dirname, "..");
  // The peer sits in a `shared` folder beside the checkout (or one level further up).
  const nearby = [path.join(root, "..", "shared"), path.join(root, "..", "..", "shared")].map((d) => path.join(d, "peers", "better-auth"));
  const peerDir = path.resolve(option(argv, "peer-dir", nearby.find((d) => fs.existsSync(path.join(d, "run.sh"))) ?? nearby[0]));
  if (!fs.existsSync(path.join(peerDir, "run.sh"))) throw new Error(`no Better Auth peer at ${peerDir} (--peer-dir)`);
  const peerPort = option(argv, "peer-port", "3321");
  const port = option(argv, "port", "3320");
  const seconds = option(argv, "duration", "20");
  const databaseUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const started = new Date();
  // Other work on the machine skews both sides: say how busy it was.
  const loadBefore = os.loadavg().map((l) => l.toFixed(1)).join(" ");

  // 1. The peer, with its own harness (it recreates its database on the same PostgreSQL server).
  //    Always from a private copy: its folder is shared (and may be read-only; root could write it anyway).
  const copy = path.join(process.env.TMPDIR ?? "/tmp", `gatehouse-peer-${peerPort}`, "peer-better-auth");
  fs.mkdirSync(copy, { recursive: true });
  for (const name of fs.readdirSync(peerDir)) {
    if (name === "node_modules" || name === "server.log") continue;
    fs.cpSync(path.join(peerDir, name), path.join(copy, name), { recursive: true });
    fs.chmodSync(path.join(copy, name), name.endsWith(".sh") ? 0o755 : 0o644);
  }
  console.log(`\n== Better Auth peer (a copy of ${peerDir} in ${copy}, port ${peerPort}, CONC=${CONCURRENCY}, ${seconds} s per phase) ==`);
  const peer = await run("bash", [path.join(copy, "run.sh")], {
    cwd: copy,
    prefix: "[peer]",
    env: {
      ...process.env,
      PEER_COPY: "1",
      PORT: peerPort,
      CONC: String(CONCURRENCY),
      DURATION: seconds,
      WARMUP: "5",
      ARGON2_MEMORY: String(ARGON2.memoryKib),
      ARGON2_TIME: String(ARGON2.iterations),
      ARGON2_PARALLELISM: "1",
    },
  });
  const peerSignIns = figure(peer.out, /= ([\d.]+) sign-ins\/s/);
  const peerRegistrations = figure(peer.out, /= ([\d.]+) registrations\/s/);
  if (peer.code !== 0) console.log(`[peer] exited with ${peer.code}`);

  // 2. Gatehouse, one scenario per child run (fresh database, fresh server), same server and cost.
  const scenarios = [
    { work: "sign-ins/s, JSON API", flags: ["--signin-api", "--registrations", "600"], peer: peerSignIns, target: 1.0 },
    { work: "sign-ins/s, pages", flags: ["--signin", "--registrations", "400"], peer: peerSignIns, target: 0.6 },
    { work: "registrations/s, JSON API", flags: ["--api", "--registrations", "200"], peer: peerRegistrations, target: 0.8 },
    { work: "registrations/s, pages", flags: ["--registrations", "120"], peer: peerRegistrations, target: 0.4 },
  ];
  const ours: number[] = [];
  for (const s of scenarios) {
    console.log(`\n== Gatehouse: ${s.work} (${s.flags.join(" ")}, concurrency ${CONCURRENCY}) ==`);
    const r = await run(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/bench.ts"), ...s.flags, "--concurrency", String(CONCURRENCY), "--port", port], {
      cwd: root,
      prefix: "[gatehouse]",
      env: { ...process.env, DATABASE_URL: databaseUrl, ARGON2_MEMORY_KIB: String(ARGON2.memoryKib), ARGON2_ITERATIONS: String(ARGON2.iterations) },
    });
    ours.push(figure(r.out, /Throughput: ([\d.]+)/));
  }

  const cell = (v: number, w: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : "-").padStart(w);
  console.log(`\n=== --compare, ${started.toISOString()}: argon2id ${ARGON2.memoryKib} KiB / ${ARGON2.iterations} iterations, concurrency ${CONCURRENCY}, one PostgreSQL server, load average before ${loadBefore} ===`);
  console.log(`${"work".padEnd(28)}${"Better Auth".padStart(12)}${"Gatehouse".padStart(11)}${"ratio".padStart(8)}${"target".padStart(8)}`);
  scenarios.forEach((s, i) => {
    const ratio = ours[i] / s.peer;
    console.log(`${s.work.padEnd(28)}${cell(s.peer, 12)}${cell(ours[i], 11)}${cell(ratio, 8)}${`≥ ${s.target}`.padStart(8)}${ratio >= s.target ? "" : "  (missed)"}`);
  });
}
