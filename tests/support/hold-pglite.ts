/**
 * A second app process for tests/faults/pglite-lock.test.ts: opens PGlite in PGLITE_DIR, writes a
 * row, says "open" on stdout, then holds the folder until it is killed.
 */
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";

async function main() {
  const db = await getDb();
  await db.execute(sql`create table if not exists held_by_child (x int)`);
  await db.execute(sql`insert into held_by_child values (42)`);
  process.stdout.write("open\n");
  setInterval(() => {}, 60_000);
}

main().catch((error) => {
  process.stdout.write(`failed: ${(error as Error).message}\n`);
  process.exit(1);
});
