import { describe, expect, it, vi } from "vitest";

/** The 503 while the database is away speaks the request's language (issue 15); its code stays. */
const request = vi.hoisted(() => ({ acceptLanguage: "en" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": request.acceptLanguage }),
  cookies: async () => ({ get: () => undefined }),
}));

const { answeringUnavailable } = await import("./unavailable");

const away = answeringUnavailable(async () => {
  throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
});

describe("answeringUnavailable", () => {
  it("answers 503 in the request's language, the code and the English unchanged", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    request.acceptLanguage = "en-US";
    let res = await away();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual({ error: { code: "unavailable", message: "The service is briefly unavailable. Nothing was saved: try again in a moment." } });
    request.acceptLanguage = "de-DE,de;q=0.9";
    res = await away();
    expect(await res.json()).toEqual({ error: { code: "unavailable", message: "Der Dienst ist kurz nicht erreichbar. Es wurde nichts gespeichert: Versuchen Sie es gleich noch einmal." } });
    request.acceptLanguage = "es";
    res = await away();
    expect((await res.json()).error.code).toBe("unavailable");
  });
});
