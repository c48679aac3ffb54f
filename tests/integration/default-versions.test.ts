import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { flowVersions } from "@/lib/db/schema";
import { flows } from "@/lib/flows/registry";
import { canonicalJson, seedDefaultVersions } from "@/lib/flows/versions";
import { useFreshDatabase } from "./db";

/** A database made before a code default changed (the installer email step gained a picture code). */
const fresh = useFreshDatabase();
let db: Db;
beforeAll(async () => {
  db = await fresh.setup();
});
afterAll(() => fresh.teardown());

const installer = flows["installer-registration"];
const withoutPicture = JSON.parse(JSON.stringify(installer.defaultDefinition).replaceAll('"kind":"captcha"', '"kind":"text"'));

async function newest(flow: string) {
  const [row] = await db.select().from(flowVersions).where(and(eq(flowVersions.flow, flow), eq(flowVersions.status, "published"))).orderBy(desc(flowVersions.version)).limit(1);
  return row;
}

describe("code defaults reach databases seeded before them", () => {
  it("publishes a changed code default over an untouched seeded version, once", async () => {
    await db.insert(flowVersions).values({ flow: installer.name, version: 1, definition: withoutPicture, note: "Code default", author: "system" });
    await seedDefaultVersions(db);
    await seedDefaultVersions(db); // a second start changes nothing
    const row = await newest(installer.name);
    expect(row.version).toBe(2);
    expect(row.note).toBe("Code default updated");
    expect(canonicalJson(row.definition)).toBe(canonicalJson(installer.defaultDefinition));
    // Flows whose default did not change stay on version 1.
    expect((await newest("user-registration")).version).toBe(1);
  });

  it("never replaces a version an editor published", async () => {
    await db.insert(flowVersions).values({ flow: installer.name, version: 3, definition: withoutPicture, note: "Editor's copy", author: "editor-id" });
    await seedDefaultVersions(db);
    const row = await newest(installer.name);
    expect(row.version).toBe(3);
    expect(row.author).toBe("editor-id");
  });
});
