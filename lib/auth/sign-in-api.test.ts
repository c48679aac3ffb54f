import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SignInStart } from "./sign-in";

/** How each outcome of the page's sign-in becomes an API answer (the database is left out). */
const outcome = vi.hoisted(() => ({ value: undefined as unknown as SignInStart, tokens: [] as string[] }));
vi.mock("./sign-in", () => ({
  beginSignIn: async (_i: string, _p: string, _c: unknown, token: string) => {
    outcome.tokens.push(token);
    return outcome.value;
  },
}));
vi.mock("@/lib/flows/runtime", () => ({
  showFlow: async (flow: string, id: string) => ({ kind: "view", view: { flow, id, step: "verify" } }),
}));
vi.stubEnv("AUTH_SECRET", "unit-test-secret-unit-test-secret-0123456789");

const { apiSignIn, signInRequest } = await import("./sign-in-api");
const { newDeviceToken, signDeviceToken } = await import("./devices");
const client = { address: "203.0.113.5" };

beforeEach(() => {
  outcome.tokens.length = 0;
});

describe("signInRequest", () => {
  it("trims the identifier and refuses empty, long or control-character input", () => {
    expect(signInRequest.parse({ identifier: "  ada  ", password: " p " })).toEqual({ identifier: "ada", password: " p " });
    expect(signInRequest.safeParse({ identifier: "   ", password: "p" }).success).toBe(false);
    expect(signInRequest.safeParse({ identifier: "a\u001bb", password: "p" }).success).toBe(false);
    expect(signInRequest.safeParse({ identifier: "a".repeat(255), password: "p" }).success).toBe(false);
    expect(signInRequest.safeParse({ identifier: "ada", password: "" }).success).toBe(false);
    expect(signInRequest.safeParse({ identifier: "ada", password: "p", deviceToken: "x".repeat(201) }).success).toBe(false);
  });
});

describe("apiSignIn", () => {
  it("keeps a validly signed device token and replaces a forged one", async () => {
    outcome.value = { kind: "signed_in", loginToken: "login-token-login-token" };
    const token = newDeviceToken();
    const kept = await apiSignIn({ identifier: "ada", password: "p", deviceToken: signDeviceToken(token) }, client);
    expect(kept).toEqual({ kind: "signed_in", loginToken: "login-token-login-token", deviceToken: signDeviceToken(token) });
    expect(outcome.tokens).toEqual([token]);
    const replaced = await apiSignIn({ identifier: "ada", password: "p", deviceToken: `${token}.forgedsignatureforged00` }, client);
    expect(outcome.tokens[1]).not.toBe(token);
    expect(replaced.deviceToken).toBe(signDeviceToken(outcome.tokens[1]));
  });

  it("answers a check with the flow's first step and its token", async () => {
    outcome.value = { kind: "check", flowId: "f1", flowToken: "tok" };
    const r = await apiSignIn({ identifier: "ada", password: "p" }, client);
    expect(r).toMatchObject({ kind: "check", token: "tok", flow: { flow: "sign-in-check", id: "f1", step: "verify" } });
  });

  it("maps each refusal to a status and code", async () => {
    const cases: [SignInStart, number, string][] = [
      [{ kind: "error", error: "invalid" }, 401, "invalid_credentials"],
      [{ kind: "error", error: "limited" }, 429, "rate_limited"],
      [{ kind: "error", error: "unconfirmed" }, 403, "unconfirmed"],
      [{ kind: "error", error: "must_reset" }, 403, "must_reset"],
      [{ kind: "error", error: "locked_3" }, 429, "locked"],
    ];
    for (const [value, status, code] of cases) {
      outcome.value = value;
      expect(await apiSignIn({ identifier: "ada", password: "p" }, client)).toMatchObject({ kind: "refused", status, code });
    }
    outcome.value = { kind: "error", error: "locked_3" };
    const locked = await apiSignIn({ identifier: "ada", password: "p" }, client);
    expect(locked.kind === "refused" && locked.message).toMatch(/Try again in 3 minutes/);
    outcome.value = { kind: "error", error: "invalid" };
    expect(await apiSignIn({ identifier: "2015550123", password: "p" }, client)).toMatchObject({ code: "invalid_national" });
  });
});
