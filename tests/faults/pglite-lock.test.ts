import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { closeDb, getDb, queryRows } from "@/lib/db/client";

/**
 * Two processes on one PGlite folder would corrupt it. The second is refused with a message that
 * says what to do; once the first is gone (even killed, leaving its lock file) the folder opens,
 * with what the first wrote intact.
 */

let dir = "";
let child: ChildProcess | undefined;
const saved = { PGLITE_DIR: process.env.PGLITE_DIR, DATABASE_URL: process.env.DATABASE_URL };

afterAll(async () => {
  child?.kill("SIGKILL");
  await closeDb();
  process.env.PGLITE_DIR = saved.PGLITE_DIR;
  if (saved.DATABASE_URL) process.env.DATABASE_URL = saved.DATABASE_URL;
  if (dir) await rm(dir, { recursive: true, force: true });
});

function holdFolder(folder: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: folder };
    delete env.DATABASE_URL;
    // node itself (not npx), so that killing it kills the process that holds the folder; with the
    // react-server condition, as Next.js loads server modules (the "server-only" marker allows it).
    const p = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/hold-pglite.ts"], { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout!.on("data", (c) => {
      out += c;
      if (out.includes("open")) resolve(p);
      if (out.includes("failed")) reject(new Error(out));
    });
    p.on("exit", (code) => reject(new Error(`the holder exited (${code}): ${out}`)));
  });
}

describe("one process per PGlite folder", () => {
  it("refuses a second process with a clear message, and opens after the first is killed", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "gatehouse-pglite-lock-"));
    await closeDb();
    delete process.env.DATABASE_URL;
    child = await holdFolder(dir);
    process.env.PGLITE_DIR = dir;
    await expect(getDb()).rejects.toThrow(/in use by another process \(pid \d+\)\. PGlite allows one process per folder/);

    // Killed outright: its lock file stays behind, naming a process that no longer runs.
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    const db = await getDb();
    const rows = await queryRows<{ x: number }>(db, sql`select x from held_by_child`);
    expect(rows.map((r) => Number(r.x))).toEqual([42]);
  }, 120_000);
});
