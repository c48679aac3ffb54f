/**
 * The property tests with more cases than `npm test` runs: `npm run fuzz -- --runs 5000`.
 * Options: --runs N (cases per property, default 2000), --seed S (replay a reported failure),
 * and any test file paths (default: tests/fuzz). On PostgreSQL when DATABASE_URL is set.
 */
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
let runs = "2000";
let seed: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = args[++i];
  else if (args[i] === "--seed") seed = args[++i];
  else files.push(args[i]);
}
if (!/^\d+$/.test(runs)) {
  console.error("--runs needs a whole number");
  process.exit(2);
}
const started = Date.now();
const result = spawnSync("npx", ["vitest", "run", ...(files.length ? files : ["tests/fuzz"])], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}), FUZZ_TIMEOUT_MS: String(24 * 60 * 60_000) },
});
console.log(`[fuzz] ${runs} runs per property, ${Math.round((Date.now() - started) / 1000)} s, exit ${result.status}`);
process.exit(result.status ?? 1);
