import "server-only";
import fs from "node:fs";
import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

/**
 * One database handle for the whole process.
 * - `DATABASE_URL` set: a real PostgreSQL through postgres.js (the scale-out setup).
 * - otherwise: embedded PGlite in `PGLITE_DIR` (default `.data/pglite`), or in memory with `memory://`.
 * Both expose the same Drizzle API; queries are written once.
 */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Queryable = Db | Tx;

type Handle = { db: Db; kind: "postgres" | "pglite"; ready: Promise<void>; close: () => Promise<void> };

const globalKey = Symbol.for("gatehouse.db");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Handle };

function migrationsFolder() {
  return path.join(process.cwd(), "drizzle");
}

async function openPostgres(url: string): Promise<Handle> {
  const { default: postgres } = await import("postgres");
  const client = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
  });
  const db = drizzlePostgres(client, { schema });
  const ready = (async () => {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    // Several app servers (or a test run beside a server) may start at once: one migrates at a
    // time, on one connection holding a session advisory lock.
    const single = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await single`select pg_advisory_lock(727274)`;
      await migrate(drizzlePostgres(single, { schema }), { migrationsFolder: migrationsFolder() });
      await single`select pg_advisory_unlock(727274)`;
    } finally {
      await single.end();
    }
  })();
  return { db, kind: "postgres", ready, close: () => client.end({ timeout: 5 }) };
}

export class DatabaseFolderInUse extends Error {}

const LOCK_FILE = "gatehouse.lock";

/** Whether a process with this id is running (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is one process's database: a second process writing the same folder corrupts it. The
 * first to open a folder writes its process id in a lock file; another live process is refused
 * with a clear message, and a lock left by a process that died is taken over.
 */
function lockFolder(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.unlinkSync(file);
        } catch {}
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
      if (holder === process.pid) return () => {};
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new DatabaseFolderInUse(
          `The database folder ${dir} is in use by another process (pid ${holder}). PGlite allows one process per folder: ` +
            `stop that process, use another PGLITE_DIR, or set DATABASE_URL to share a PostgreSQL.`,
        );
      }
      fs.rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  throw new DatabaseFolderInUse(`Could not lock the database folder ${dir}.`);
}

async function openPglite(dir: string): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle: drizzlePglite } = await import("drizzle-orm/pglite");
  // pg_trgm backs the desk's serial search (migration 0009 creates the extension).
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  let unlock = () => {};
  if (!dir.startsWith("memory://")) {
    fs.mkdirSync(dir, { recursive: true });
    unlock = lockFolder(dir);
  }
  const client = new PGlite(dir, { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const ready = (async () => {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder: migrationsFolder() });
  })();
  return {
    db,
    kind: "pglite",
    ready,
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

let opening: Promise<Handle> | undefined;

async function handle(): Promise<Handle> {
  const g = globalThis as GlobalWithDb;
  if (g[globalKey]) return g[globalKey]!;
  opening ??= (async () => {
    const url = process.env.DATABASE_URL;
    const h = url ? await openPostgres(url) : await openPglite(process.env.PGLITE_DIR || ".data/pglite");
    await h.ready;
    g[globalKey] = h;
    return h;
  })();
  try {
    return await opening;
  } catch (error) {
    opening = undefined;
    throw error;
  }
}

/** The migrated database. The first call opens and migrates it. */
export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

/** Throws what the database throws when it cannot be reached (for answers that must tell an outage from "no"). */
export async function pingDatabase(): Promise<void> {
  await (await getDb()).execute(sql`select 1`);
}

export async function databaseKind(): Promise<"postgres" | "pglite"> {
  return (await handle()).kind;
}

export async function closeDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const h = g[globalKey];
  g[globalKey] = undefined;
  opening = undefined;
  if (h) await h.close();
}

/** Raw SQL returning rows on both drivers (PGlite answers `{ rows }`, postgres.js an array). */
export async function queryRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export { sql };
