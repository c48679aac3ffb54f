import { describe, expect, it } from "vitest";
import { flows } from "@/lib/flows/registry";
import { flowGraph } from "./graph";
import { layoutGraph } from "./layout";

describe("the flow diagram reads like the wizard", () => {
  it("labels edges with the buttons, marks back edges, and lays the main path out in one column from top to bottom", async () => {
    const g = flowGraph(flows["user-registration"].defaultDefinition);
    const edge = (s: string, t: string) => g.edges.find((e) => e.source === s && e.target === t)!;
    expect(edge("contact", "verifyEmail")).toMatchObject({ label: "Next", kind: "main" });
    expect(edge("contact", "country")).toMatchObject({ label: "Change Country/Region", kind: "back" });
    expect(edge("verifyEmail", "contact")).toMatchObject({ label: "Back", kind: "back" });
    expect(edge("contact", "contactPhone")).toMatchObject({ label: "Mobile Phone Number", kind: "side" });
    const laid = await layoutGraph(g.nodes, g.edges);
    const at = (id: string) => laid.find((n) => n.id === id)!;
    const main = ["country", "contact", "verifyEmail", "credentials", "registered"].map(at);
    for (let i = 1; i < main.length; i++) {
      expect(main[i].y).toBeGreaterThan(main[i - 1].y);
      expect(main[i].x).toBe(main[0].x);
    }
  });

  it("every flow has a main path from its start to an end", () => {
    for (const [name, entry] of Object.entries(flows)) {
      const g = flowGraph(entry.defaultDefinition);
      const main = g.edges.filter((e) => e.kind === "main");
      const last = main.at(-1)?.target;
      expect(g.nodes.find((n) => n.id === last)?.kind, name).toBe("final");
    }
  });
});
