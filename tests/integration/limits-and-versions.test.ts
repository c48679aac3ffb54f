import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { hit, hitEach, type Limit } from "@/lib/security/rate-limit";
import { flows } from "@/lib/flows/registry";
import { publishedVersion, publishVersion, seedDefaultVersions } from "@/lib/flows/versions";
import { showFlow, startFlow, submitStep, type FlowResult } from "@/lib/flows/runtime";
import { DefinitionError } from "@/lib/flows/validate";
import { useFreshDatabase } from "./db";

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const fresh = useFreshDatabase();
let db: Db;

beforeAll(async () => {
  db = await fresh.setup();
  await seedDefaultVersions(db);
});
afterAll(() => fresh.teardown());

const view = (r: FlowResult) => {
  if (r.kind !== "view" && r.kind !== "completed") throw new Error(r.kind);
  return r.view;
};

describe("rate limits in the database", () => {
  it("50 concurrent hits let exactly the limit through", async () => {
    const limit: Limit = { name: "test-burst", max: 7, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 50 }, () => hit(db, limit, "203.0.113.9")));
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
    expect(results.find((r) => !r.allowed)).toMatchObject({ allowed: false, retryAt: expect.any(Number) });
  });

  it("counts subjects separately", async () => {
    const limit: Limit = { name: "test-subjects", max: 1, windowMs: 60_000 };
    expect((await hit(db, limit, "a")).allowed).toBe(true);
    expect((await hit(db, limit, "b")).allowed).toBe(true);
    expect((await hit(db, limit, "a")).allowed).toBe(false);
  });

  it("hitEach counts every limit in one go, each whatever the others decide, results in order", async () => {
    const tight: Limit = { name: "test-each-tight", max: 1, windowMs: 60_000 };
    const loose: Limit = { name: "test-each-loose", max: 3, windowMs: 60_000 };
    expect(await hitEach(db, [[tight, "x"], [loose, "x"]])).toEqual([{ allowed: true }, { allowed: true }]);
    const [second, alsoCounted] = await hitEach(db, [[tight, "x"], [loose, "x"]]);
    expect(second).toMatchObject({ allowed: false, retryAt: expect.any(Number) });
    expect(alsoCounted).toEqual({ allowed: true });
    // The loose limit counted both hits above: its third is the last one allowed.
    expect(await hit(db, loose, "x")).toEqual({ allowed: true });
    expect((await hit(db, loose, "x")).allowed).toBe(false);
    await expect(hitEach(db, [[tight, "y"], [tight, "y"]])).rejects.toThrow(/same key/);
  });
});

describe("flow versions", () => {
  it("seeds the code default once as version 1", async () => {
    await seedDefaultVersions(db);
    const v = await publishedVersion(db, flows["user-registration"]);
    expect(v.version).toBe(1);
  });

  it("keeps a running flow on the version it started with; new flows start on the newest", async () => {
    const entry = flows["user-registration"];
    const c = { address: "198.51.100.200" };
    const old = await startFlow(entry.name, c);
    if (old.kind !== "started") throw new Error();
    await submitStep(entry.name, old.id, old.token, { revision: 0, fields: { country: "FR" } }, c);

    const v2 = structuredClone(entry.defaultDefinition) as any;
    v2.states.contact.meta.title = "Sign up with your email";
    const published = await publishVersion(db, entry, v2, { note: "New title", author: "test" });
    expect(published.version).toBe(2);

    expect(view(await showFlow(entry.name, old.id, old.token)).title).toBe("Register");
    const neu = await startFlow(entry.name, c);
    if (neu.kind !== "started") throw new Error();
    const r = await submitStep(entry.name, neu.id, neu.token, { revision: 0, fields: { country: "FR" } }, c);
    expect(view(r).title).toBe("Sign up with your email");
  });

  it("refuses to publish an invalid definition", async () => {
    const entry = flows["user-registration"];
    const bad = structuredClone(entry.defaultDefinition) as any;
    bad.states.credentials.on.SUBMIT_CREDENTIALS[2].actions.push("deleteEverything");
    await expect(publishVersion(db, entry, bad, { note: "x", author: "test" })).rejects.toThrow(DefinitionError);
  });
});
