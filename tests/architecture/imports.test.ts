import { describe, expect, it } from "vitest";
import { cycles, importGraph } from "./imports";

/**
 * The layers of docs/architecture.md, checked on the import graph: the flow engine (lib/flows)
 * imports no flow (machines/) and no domain, and nothing in lib/, machines/, app/ or components/
 * imports in a circle.
 */

const graph = importGraph(["lib", "machines", "app", "components"]);

/** What the engine may not import: the flows, the domains that own effects, and the layers above it. */
const ENGINE_MAY_NOT_IMPORT = [
  "machines/",
  "lib/accounts/",
  "lib/auth/",
  "lib/cases/",
  "lib/devices/",
  "lib/newsletter/",
  "lib/uploads/",
  "lib/studio/",
  "lib/http/",
  "lib/engine.ts",
  "lib/boot.ts",
  "app/",
  "components/",
];

describe("architecture", () => {
  it("scans the code (a scanner that finds nothing proves nothing)", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("lib/flows/runtime.ts")).toContain("lib/flows/machine.ts");
    expect(graph.get("lib/engine.ts")).toContain("machines/registry.ts");
  });

  it("the flow engine imports no flow and no domain", () => {
    const wrong = [...graph]
      .filter(([file]) => file.startsWith("lib/flows/"))
      .flatMap(([file, targets]) => targets.filter((t) => ENGINE_MAY_NOT_IMPORT.some((p) => t.startsWith(p))).map((t) => `${file} -> ${t}`));
    expect(wrong).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle and a wrong import when there is one", () => {
    const bad = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(cycles(bad)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });
});
