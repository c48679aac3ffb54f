import { describe, expect, it } from "vitest";
import { flows } from "@/lib/flows/registry";
import { translator } from "@/lib/messages";
import { editTranslations } from "@/lib/studio/edit";
import { showSimulation, startSimulation, stepSimulation } from "@/lib/studio/simulate";
import { useFlowDatabase } from "./db";

useFlowDatabase();

const de = translator("de");
const es = translator("es");

describe("Try it in the editor's language (issue 15)", () => {
  it("shows the draft's own translations and writes its log in German or Spanish", async () => {
    const base = flows["user-registration"].defaultDefinition;
    const step = String(base.initial);
    const { definition, problems } = editTranslations(base, step, "de", { title: "Eigener Titel des Entwurfs" });
    expect(problems).toEqual([]);
    const id = await startSimulation("user-registration", definition, "editor");
    const german = (await showSimulation(id, "editor", de))!;
    expect(german.view.title).toBe("Eigener Titel des Entwurfs");
    const english = (await showSimulation(id, "editor"))!;
    expect(english.view.title).not.toBe("Eigener Titel des Entwurfs");
    // A submit without answers is refused by the fields; an intent the step lacks is not possible.
    await stepSimulation(id, "editor", english.view.submit?.event, { country: "US", email: "try@example.com", phone: "+12015550123" }, undefined, de);
    const after = (await showSimulation(id, "editor", es))!;
    expect(after.log[0]).toMatch(/^Eigener Titel des Entwurfs: „.+“ → /);
    expect(after.routes.every((r) => !r.text.includes(" when "))).toBe(true);
  });
});
