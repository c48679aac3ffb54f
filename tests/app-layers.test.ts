import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../app");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("app/ (pages, layouts, actions, routes)", () => {
  it("never queries the database itself: queries live in the lib/ service of their domain", () => {
    const direct = files(APP)
      .filter((f) => /from "(drizzle-orm[^"]*|@\/lib\/db\/[^"]+)"|\bgetDb\(/.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(APP, f));
    expect(direct).toEqual([]);
  });
});
