import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddressFrom, rateLimitSubject } from "./client";

afterEach(() => vi.unstubAllEnvs());

const h = (init: Record<string, string>) => new Headers(init);

describe("client address headers", () => {
  it("ignores X-Real-IP unless it is the configured header (a client sends an empty X-Forwarded-For to reach it)", () => {
    // Next.js fills X-Forwarded-For only when it is missing, so an empty one survives to the app.
    expect(clientAddressFrom(h({ "x-forwarded-for": "", "x-real-ip": "6.6.6.6" }))).toBe("unknown");
    expect(clientAddressFrom(h({ "x-real-ip": "6.6.6.6" }))).toBe("unknown");
    expect(clientAddressFrom(h({ "x-forwarded-for": "203.0.113.5", "x-real-ip": "6.6.6.6" }))).toBe("203.0.113.5");
  });

  it("with CLIENT_ADDRESS_HEADER=x-real-ip reads only that header, never X-Forwarded-For", () => {
    vi.stubEnv("CLIENT_ADDRESS_HEADER", "X-Real-IP");
    expect(clientAddressFrom(h({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddressFrom(h({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
  });

  it("refuses a setting that is not a header name", () => {
    vi.stubEnv("CLIENT_ADDRESS_HEADER", "x real ip");
    expect(() => clientAddressFrom(h({}))).toThrow(/CLIENT_ADDRESS_HEADER/);
  });

  it("keeps only a well-formed address, so no client-written text reaches a page, email or SMS", () => {
    expect(clientAddressFrom(h({ "x-forwarded-for": "Call +1 800 555 0100 to unlock" }))).toBe("unknown");
    expect(clientAddressFrom(h({ "x-forwarded-for": "6.6.6.6, <b>hi</b>" }))).toBe("unknown");
    expect(clientAddressFrom(h({ "x-forwarded-for": "2001:DB8::5" }))).toBe("2001:db8::5");
    // Some load balancers write the port too.
    expect(clientAddressFrom(h({ "x-forwarded-for": "203.0.113.5:51234" }))).toBe("203.0.113.5");
    expect(clientAddressFrom(h({ "x-forwarded-for": "[2001:db8::5]:443" }))).toBe("2001:db8::5");
  });
});

describe("rate-limit subject", () => {
  it("is the /64 for IPv6: addresses in one /64 share it, other /64s do not", () => {
    const a = rateLimitSubject("2001:db8:1:2::1");
    expect(rateLimitSubject("2001:0db8:0001:0002:ffff:ffff:ffff:fffe")).toBe(a);
    expect(rateLimitSubject("2001:DB8:1:2:a:b:c:d")).toBe(a);
    expect(rateLimitSubject("2001:db8:1:3::1")).not.toBe(a);
    expect(rateLimitSubject("2001:db8:2:2::1")).not.toBe(a);
    expect(a).toBe("2001:db8:1:2::/64");
  });

  it("is the address itself for IPv4, IPv4-mapped IPv6 included", () => {
    expect(rateLimitSubject("203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitSubject("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitSubject("::FFFF:cb00:7109")).toBe("203.0.113.9");
    expect(rateLimitSubject("203.0.113.10")).not.toBe("203.0.113.9");
  });

  it("leaves anything that is not an address alone (accounts, destinations, unknown)", () => {
    for (const s of ["unknown", "ana@example.com", "+12015550123", "c1", "3f1c9a52-1f7b-4d1e-9a43-7d0e5f6a1b2c"]) {
      expect(rateLimitSubject(s)).toBe(s);
    }
  });
});
