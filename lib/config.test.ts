import { afterEach, describe, expect, it, vi } from "vitest";
import { activeTestHookWarnings, config } from "./config";
import { clientAddressFrom } from "./http/client";

afterEach(() => vi.unstubAllEnvs());

describe("test hooks and the mailbox switch", () => {
  it("keeps the mailbox off in production unless DEV_MAILBOX=1", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DEV_MAILBOX", "");
    expect(config.mailboxEnabled).toBe(false);
    vi.stubEnv("DEV_MAILBOX", "1");
    expect(config.mailboxEnabled).toBe(true);
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("DEV_MAILBOX", "");
    expect(config.mailboxEnabled).toBe(true);
  });

  it("has no test hook active unless set, and warns for each one that is", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "s");
    vi.stubEnv("RESEND_API_KEY", "re_test");
    for (const k of ["CAPTCHA_TEST_ANSWER", "DEV_MAILBOX", "TEST_CLOCK", "SEED_DEMO", "DEMO_AUTH_CODES"]) vi.stubEnv(k, "");
    expect(config.captchaTestAnswer).toBeUndefined();
    expect(config.testClock).toBe(false);
    expect(activeTestHookWarnings()).toEqual([]);
    vi.stubEnv("CAPTCHA_TEST_ANSWER", "ABCD");
    vi.stubEnv("TEST_CLOCK", "1");
    expect(activeTestHookWarnings()).toHaveLength(2);
  });

  it("warns when production would send codes to the mailbox table instead of people", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "s");
    vi.stubEnv("RESEND_API_KEY", "");
    expect(activeTestHookWarnings().join(" ")).toMatch(/No RESEND_API_KEY in production/);
  });

  it("refuses to run production without AUTH_SECRET", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => config.secret).toThrow(/AUTH_SECRET/);
  });
});

describe("client address", () => {
  const h = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});
  it("takes the entry the nearest proxy wrote, ignoring what the client put before it", () => {
    expect(clientAddressFrom(h("6.6.6.6, 203.0.113.5"))).toBe("203.0.113.5");
    expect(clientAddressFrom(h("203.0.113.5"))).toBe("203.0.113.5");
    expect(clientAddressFrom(h())).toBe("unknown");
  });
  it("counts back TRUST_PROXY hops for a chain of proxies", () => {
    vi.stubEnv("TRUST_PROXY", "2");
    expect(clientAddressFrom(h("6.6.6.6, 203.0.113.5, 10.0.0.2"))).toBe("203.0.113.5");
  });
});
