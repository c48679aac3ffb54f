import { describe, expect, it, vi } from "vitest";
import { translator } from "@/lib/messages";
import { request } from "../support/request-language";
import { useFlowDatabase } from "./db";

/**
 * Every error in the reader's language (issue 15): the JSON API answers a German request's refusals
 * in German (the request's language: the gh_lang cookie, else Accept-Language), with the same codes
 * an English request gets, and the English words byte for byte unchanged.
 */
vi.mock("next/headers", () => import("../support/request-language"));

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const startRoute = await import("@/app/api/flows/[flow]/route");
const stepRoute = await import("@/app/api/flows/[flow]/[id]/route");
useFlowDatabase();
let n = 0;

type Answer = {
  flow?: { id: string; revision: number; step: string; fields: { name: string; kind: string; captcha?: { id: string }; error?: { code: string; message: string } }[] };
  token?: string;
  errors?: { field: string | null; code: string; message: string }[];
  error?: { code: string; message: string };
};

const FLOW = "user-registration";

async function call(route: (r: Request, ctx: never) => Promise<Response>, url: string, params: Record<string, string>, body: unknown, token?: string, address = "203.0.113.5") {
  const headers: Record<string, string> = { "content-type": "application/json", "x-forwarded-for": address };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await route(new Request(`http://gatehouse.test${url}`, { method: "POST", headers, body: JSON.stringify(body) }), { params: Promise.resolve(params) } as never);
  return { status: res.status, body: (await res.json()) as Answer };
}

/** A registration by API up to its code step, in the language of `acceptLanguage`. */
async function toCodeStep(email: string) {
  const address = `203.0.113.${++n}`;
  const started = await call(startRoute.POST, `/api/flows/${FLOW}`, { flow: FLOW }, {}, undefined, address);
  expect(started.status).toBe(201);
  const { id } = started.body.flow!;
  const token = started.body.token!;
  const post = (body: unknown) => call(stepRoute.POST, `/api/flows/${FLOW}/${id}`, { flow: FLOW, id }, body, token, address);
  let r = await post({ revision: 0, fields: { country: "DE" } });
  const captchaId = r.body.flow!.fields.find((f) => f.kind === "captcha")!.captcha!.id;
  r = await post({ revision: 1, fields: { email, captcha: "abcd", captchaId } });
  expect(r.body.flow!.step).toBe("verify-email");
  return { post, revision: r.body.flow!.revision };
}

describe("the JSON API's errors in the request's language", () => {
  it("answers a wrong code in German with the same code as in English", async () => {
    request.acceptLanguage = "de-DE,de;q=0.9";
    const german = await toCodeStep("lena@example.com");
    const de = await german.post({ revision: german.revision, fields: { code: "000000" } });
    expect(de.status).toBe(200);
    const deError = de.body.errors!.find((e) => e.field === "code")!;
    expect(deError.code).toBe("code_wrong");
    const remaining = Number(/\d+/.exec(deError.message)?.[0]);
    expect(deError.message).toBe(translator("de").t("flow.code_wrong", { remaining }));
    expect(deError.message).toMatch(/^Dieser Code ist nicht richtig\. Noch \d+ Versuche\.$/);

    request.acceptLanguage = "en-US,en;q=0.9";
    const english = await toCodeStep("liam@example.com");
    const en = await english.post({ revision: english.revision, fields: { code: "000000" } });
    const enError = en.body.errors!.find((e) => e.field === "code")!;
    expect(enError.code).toBe(deError.code);
    expect(enError.message).toMatch(/^That code is not right\. \d+ tries left\.$/);
    expect(deError.message).not.toBe(enError.message);
  });

  it("words a field the step refused in Spanish from the picker's cookie, over Accept-Language", async () => {
    request.acceptLanguage = "de";
    request.cookie = "es";
    const spanish = await toCodeStep("sofia@example.com");
    const es = await spanish.post({ revision: spanish.revision, fields: { code: "12" } });
    expect(es.body.errors).toEqual([{ field: "code", code: "invalid", message: "Introduzca el código de 6 dígitos." }]);
    const empty = await spanish.post({ revision: spanish.revision, fields: {} });
    expect(empty.body.errors).toEqual([{ field: "code", code: "required", message: "Introduzca el código de verificación." }]);
    request.cookie = undefined;
  });

  it("answers the API's own refusals in German, codes unchanged", async () => {
    request.acceptLanguage = "de";
    const unknown = await call(startRoute.POST, "/api/flows/nope", { flow: "nope" }, {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: "unknown_flow", message: "Es gibt keinen öffentlichen Ablauf namens nope." });
    const missing = await call(stepRoute.POST, `/api/flows/${FLOW}/00000000-0000-4000-8000-000000000000`, { flow: FLOW, id: "00000000-0000-4000-8000-000000000000" }, { revision: 0, fields: {} }, "nope");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ code: "flow_not_found", message: "Kein solcher Ablauf, oder das Token passt nicht." });
    request.acceptLanguage = "en";
    const english = await call(startRoute.POST, "/api/flows/nope", { flow: "nope" }, {});
    expect(english.body.error).toEqual({ code: "unknown_flow", message: "There is no public flow called nope." });
  });

  it("words what zod found in a malformed body in the request's language; a control character keeps its own words", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const malformed = { revision: "one", fields: { email: "a\u0000b" } };
    request.acceptLanguage = "de";
    const german = await call(stepRoute.POST, `/api/flows/${FLOW}/${id}`, { flow: FLOW, id }, malformed, "nope");
    request.acceptLanguage = "en";
    const english = await call(stepRoute.POST, `/api/flows/${FLOW}/${id}`, { flow: FLOW, id }, malformed, "nope");
    expect(german.status).toBe(400);
    expect(english.status).toBe(400);
    const issues = (answer: typeof german) => (answer.body.error as unknown as { issues: { path: string; message: string }[] }).issues;
    expect(issues(german).map((i) => i.path)).toEqual(issues(english).map((i) => i.path));
    const revision = (answer: typeof german) => issues(answer).find((i) => i.path === "revision")!.message;
    expect(revision(english)).toMatch(/expected number/i);
    expect(revision(german)).toMatch(/Ungültige Eingabe: erwartet Zahl/);
    // The field the schema refused is named by its code, worded in the reader's language.
    expect(german.body.errors).toEqual([{ field: "email", code: "control_characters", message: expect.stringMatching(/Steuerzeichen/) }]);
    expect(english.body.errors).toEqual([{ field: "email", code: "control_characters", message: expect.stringMatching(/control character/i) }]);
  });
});
