import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("the outbox", () => {
  it("is written only by enqueueMessage", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const writers = ["lib", "app", "machines", "emails"]
      .flatMap((d) => sources(path.join(root, d)))
      .filter((f) => /\.insert\(\s*outbox\s*\)|insert\s+into\s+outbox/i.test(fs.readFileSync(f, "utf8")))
      .map((f) => path.relative(root, f));
    expect(writers).toEqual(["lib/messaging/outbox.ts"]);
  });
});
