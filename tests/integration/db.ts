import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { closeDb, getDb } from "@/lib/db/client";

/**
 * A fresh, migrated database for one test file: PGlite in memory, or with DATABASE_URL a new
 * PostgreSQL database created beside the given one and dropped afterwards.
 */
export function useFreshDatabase() {
  let dropName: string | undefined;
  const adminUrl = process.env.DATABASE_URL;
  return {
    async setup() {
      if (adminUrl) {
        dropName = `gatehouse_it_${randomBytes(4).toString("hex")}`;
        const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
        await admin.unsafe(`create database ${dropName}`);
        await admin.end();
        const url = new URL(adminUrl);
        url.pathname = `/${dropName}`;
        process.env.DATABASE_URL = url.toString();
      } else {
        process.env.PGLITE_DIR = "memory://";
      }
      return getDb();
    },
    async teardown() {
      await closeDb();
      if (adminUrl && dropName) {
        process.env.DATABASE_URL = adminUrl;
        const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
        await admin.unsafe(`drop database if exists ${dropName} with (force)`);
        await admin.end();
      }
    },
  };
}
