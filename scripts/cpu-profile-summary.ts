/**
 * npx tsx scripts/cpu-profile-summary.ts FILE.cpuprofile [--top 25]
 *
 * Sums a V8 CPU profile (from `node --cpu-prof`) by where the time was spent: self time per
 * package (node_modules/NAME, next's compiled bundles, our own chunks, node internals, GC, idle),
 * and the functions with the most self time. Used for docs/decisions/0017-speed.md.
 */
import fs from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const file = process.argv[2];
if (!file) throw new Error("give a .cpuprofile file");
const top = Number(process.argv[process.argv.indexOf("--top") + 1]) || 25;
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

function area(url: string, name: string): string {
  if (name === "(idle)" || name === "(program)" || name === "(garbage collector)") return name;
  if (!url) return "(native / V8)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === "next") return /compiled\/([^/]+)/.exec(url)?.[1] ? `next (compiled ${/compiled\/([^/]+)/.exec(url)![1]})` : "next";
  if (pkg) return pkg;
  if (url.startsWith("node:")) return "node internals";
  if (url.includes("/.next/server/")) return "app bundle (.next/server)";
  return url;
}

const areas = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const n = byId.get(id)!;
  const a = area(n.callFrame.url, n.callFrame.functionName);
  areas.set(a, (areas.get(a) ?? 0) + ms);
  const key = `${n.callFrame.functionName || "(anonymous)"}  ${a}`;
  functions.set(key, (functions.get(key) ?? 0) + ms);
}
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const busy = total - (areas.get("(idle)") ?? 0);
const line = (name: string, ms: number) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${name}`;
console.log(`profile ${(total / 1000).toFixed(1)} s, busy ${(busy / 1000).toFixed(1)} s (percentages of busy time)\n`);
console.log("self time by area:");
for (const [a, ms] of [...areas].filter(([a]) => a !== "(idle)").sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(line(a, ms));
console.log("\nfunctions with the most self time:");
for (const [f, ms] of [...functions].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(line(f, ms));
