import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, crossOriginVerdict, holdsToken, securityHeaders, servedOverHttps, tooLargePage } from "./security-headers";

const h = (entries: Record<string, string>) => new Headers(entries);
const HOSTS = ["gatehouse.example"];

describe("cross-origin posts to pages", () => {
  it("accepts our own origin, and requests without Origin (programs hold nobody's cookies)", () => {
    expect(crossOriginVerdict(h({ origin: "https://gatehouse.example", "sec-fetch-site": "same-origin" }), HOSTS)).toBe("same");
    expect(crossOriginVerdict(h({}), HOSTS)).toBe("same");
  });

  it("refuses another site, a sibling subdomain, a malformed origin and a foreign opaque origin", () => {
    expect(crossOriginVerdict(h({ origin: "https://evil.example" }), HOSTS)).toBe("foreign");
    expect(crossOriginVerdict(h({ origin: "https://gatehouse.example.evil.example" }), HOSTS)).toBe("foreign");
    expect(crossOriginVerdict(h({ origin: "https://gatehouse.example", "sec-fetch-site": "same-site" }), HOSTS)).toBe("foreign");
    expect(crossOriginVerdict(h({ origin: "https://gatehouse.example", "sec-fetch-site": "cross-site" }), HOSTS)).toBe("foreign");
    expect(crossOriginVerdict(h({ origin: "not a url" }), HOSTS)).toBe("foreign");
    expect(crossOriginVerdict(h({ origin: "null" }), HOSTS)).toBe("foreign");
    expect(crossOriginVerdict(h({ origin: "null", "sec-fetch-site": "cross-site" }), HOSTS)).toBe("foreign");
  });

  it("lets our no-referrer page's own post through (Origin: null, but same-origin by the browser's word)", () => {
    expect(crossOriginVerdict(h({ origin: "null", "sec-fetch-site": "same-origin" }), HOSTS)).toBe("same_hidden");
  });
});

describe("security headers", () => {
  it("build a strict CSP with the nonce, eval only in development, upgrades only over https", () => {
    const prod = contentSecurityPolicy({ nonce: "abc", dev: false, https: false });
    expect(prod).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(prod).not.toContain("unsafe-eval");
    expect(prod).toContain("frame-ancestors 'none'");
    expect(prod).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "abc", dev: true, https: false })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "abc", dev: false, https: true })).toContain("upgrade-insecure-requests");
  });

  it("send no referrer from addresses holding a token, and HSTS only over https", () => {
    expect(holdsToken(new URL("https://g.example/newsletter/confirm?token=x"))).toBe(true);
    expect(holdsToken(new URL("https://g.example/anything?token=x"))).toBe(true);
    expect(holdsToken(new URL("https://g.example/verify-email"))).toBe(true);
    expect(holdsToken(new URL("https://g.example/login?next=/account"))).toBe(false);
    const plain = securityHeaders({ csp: "x", url: new URL("http://g.example/login"), https: false });
    expect(plain["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ csp: "x", url: new URL("https://g.example/login"), https: true })["Strict-Transport-Security"]).toContain("max-age=");
    expect(servedOverHttps("https://g.example", null, "http:")).toBe(true);
    expect(servedOverHttps(undefined, "http, https", "http:")).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "https, http", "http:")).toBe(false);
  });

  it("the 413 page names the limit and links back without echoing markup", () => {
    const page = tooLargePage('/x"><script>');
    expect(page).toContain("10 MB");
    expect(page).not.toContain("<script>");
  });
});
