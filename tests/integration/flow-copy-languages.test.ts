import { describe, expect, it, vi } from "vitest";
import { flowVersions } from "@/lib/db/schema";
import { flows } from "@/lib/flows/registry";
import { showFlow, startFlow, submitStep } from "@/lib/flows/runtime";
import { editStep, editTranslations } from "@/lib/studio/edit";
import { request } from "../support/request-language";
import { useFlowDatabase, viewOf } from "./db";

/**
 * Step copy in the reader's language (issue 15): the request's language (the picker's cookie, else
 * Accept-Language) decides the copy of every view the runtime builds, for pages and the JSON API.
 */
vi.mock("next/headers", () => import("../support/request-language"));

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const flowRoute = await import("@/app/api/flows/[flow]/route");
const database = useFlowDatabase();
let n = 0;
const client = () => ({ address: `198.51.100.${++n}` });

describe("flow views in the reader's language", () => {
  it("gives a German request German step copy, and an English one the English, byte for byte", async () => {
    request.acceptLanguage = "de-DE,de;q=0.9,en;q=0.8";
    const started = await startFlow("user-registration", client());
    if (started.kind !== "started") throw new Error(started.kind);
    expect(started.view.title).toBe("Land/Region");
    expect(started.view.description).toBe("Wählen Sie das Land oder die Region, in dem bzw. der Sie leben.");
    expect(started.view.fields[0].label).toBe("Land/Region");
    expect(started.view.submit?.label).toBe("OK");

    const contact = viewOf(await submitStep("user-registration", started.id, started.token, { revision: 0, fields: { country: "DE" } }, client()));
    expect(contact.title).toBe("Registrieren");
    expect(contact.fields.map((f) => f.label)).toEqual(["E-Mail", "Bestätigungscode"]);
    expect(contact.fields[1].hint).toBe("Geben Sie die Zeichen im Bild ein.");
    expect(contact.tabs).toEqual({ current: "E-Mail", others: [{ label: "Mobiltelefonnummer", event: "USE_PHONE" }] });
    expect(contact.actions.map((a) => a.label)).toEqual(["Land/Region ändern"]);

    // The same flow read by an English browser shows the English, and the picker's cookie wins over the header.
    request.acceptLanguage = "en-US,en;q=0.9";
    expect(viewOf(await showFlow("user-registration", started.id, started.token)).title).toBe("Register");
    request.cookie = "es";
    expect(viewOf(await showFlow("user-registration", started.id, started.token)).title).toBe("Registrarse");
    request.cookie = undefined;
  });

  it("answers the JSON API in the language of Accept-Language, placeholders filled", async () => {
    request.acceptLanguage = "de";
    const res = await flowRoute.POST(
      new Request("http://gatehouse.test/api/flows/password-recovery", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.77" }, body: "{}" }),
      { params: Promise.resolve({ flow: "password-recovery" }) },
    );
    const body = (await res.json()) as { flow: { title: string; submit?: { label: string } } };
    expect(res.status).toBe(201);
    expect([body.flow.title, body.flow.submit?.label]).toEqual(["Passwort vergessen", "Weiter"]);
  });

  it("shows the translations a published version carries, over the code's", async () => {
    const base = structuredClone(flows["password-recovery"].defaultDefinition) as Record<string, unknown>;
    let d = editStep(base, "identify", { title: "Reset your password" }).definition;
    d = editTranslations(d, "identify", "de", { title: "Passwort zurücksetzen", submitLabel: "Los" }).definition;
    d = editTranslations(d, "identify", "es", { title: "Restablezca su contraseña" }).definition;
    await database().insert(flowVersions).values({ flow: "password-recovery", version: 2, definition: d, note: "Friendlier", author: "editor" });
    // Wait out the published-version cache of this process.
    await new Promise((r) => setTimeout(r, 5_100));
    request.acceptLanguage = "de";
    const started = await startFlow("password-recovery", client());
    if (started.kind !== "started") throw new Error(started.kind);
    expect([started.view.title, started.view.submit?.label, started.view.fields[0].label]).toEqual(["Passwort zurücksetzen", "Los", "E-Mail"]);
    request.acceptLanguage = "es";
    expect(viewOf(await showFlow("password-recovery", started.id, started.token)).title).toBe("Restablezca su contraseña");
    request.acceptLanguage = "en";
    expect(viewOf(await showFlow("password-recovery", started.id, started.token)).title).toBe("Reset your password");
  });
});
