import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { closeDb, getDb, type Db } from "@/lib/db/client";
import type { FlowResult } from "@/lib/flows/runtime";
import type { StepView } from "@/lib/flows/view";
import { seedDefaultVersions } from "@/lib/flows/versions";
import { users } from "@/lib/db/schema";
import { hashPassword } from "@/lib/security/passwords";

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

/**
 * The usual setup of a flow test file: a fresh database with the flows' version 1 seeded,
 * torn down after the file. Returns a getter for the database.
 */
export function useFlowDatabase(): () => Db {
  const fresh = useFreshDatabase();
  let db: Db | undefined;
  beforeAll(async () => {
    db = await fresh.setup();
    await seedDefaultVersions(db);
  });
  afterAll(() => fresh.teardown());
  return () => db!;
}

/** The step a flow result shows (fails the test for anything else). */
export function viewOf(r: FlowResult): StepView {
  if (r.kind !== "view" && r.kind !== "completed") throw new Error(`expected a step, got ${r.kind}`);
  return r.view;
}

/**
 * Insert an account in the US named `username`, with the email `<username>@example.com` and
 * `password`; `more` sets other columns (or overrides these, e.g. `email: null`).
 */
export async function insertAccount(db: Db, username: string, password: string, more: Partial<typeof users.$inferInsert> = {}) {
  const email = `${username}@example.com`;
  const [u] = await db
    .insert(users)
    .values({ username, usernameLower: username, email, emailLower: email, country: "US", passwordHash: await hashPassword(password), ...more })
    .returning();
  return u;
}
