import { describe, expect, it } from "vitest";
import { issueResetCode, verifyResetCode } from "./reset-code";

const KEY = "vendor-key";
const SERIAL = "DS-2CD2143G2-I20231104AAWRJ12345678";
const NOW = Date.UTC(2026, 10, 23, 12, 0);
const IN_48H = NOW + 48 * 60 * 60_000;

describe("reset codes", () => {
  it("verify on their device until they expire", () => {
    const code = issueResetCode(KEY, SERIAL, IN_48H);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/);
    expect(verifyResetCode(KEY, SERIAL, code, NOW)).toEqual({ ok: true, expiresAt: IN_48H });
    expect(verifyResetCode(KEY, SERIAL, code, IN_48H)).toEqual({ ok: false, reason: "expired" });
  });

  it("fail on another device, with another key, or tampered", () => {
    const code = issueResetCode(KEY, SERIAL, IN_48H);
    expect(verifyResetCode(KEY, "OTHER-SERIAL", code, NOW)).toEqual({ ok: false, reason: "wrong" });
    expect(verifyResetCode("other-key", SERIAL, code, NOW)).toEqual({ ok: false, reason: "wrong" });
    const last = code.at(-1) === "A" ? "B" : "A";
    expect(verifyResetCode(KEY, SERIAL, code.slice(0, -1) + last, NOW)).toEqual({ ok: false, reason: "wrong" });
    // Moving the expiry breaks the HMAC too.
    const later = (code[0] === "B" ? "C" : "B") + code.slice(1);
    expect(verifyResetCode(KEY, SERIAL, later, NOW).ok).toBe(false);
  });

  it("accept lower case, spaces and missing dashes; refuse malformed ones", () => {
    const code = issueResetCode(KEY, SERIAL, IN_48H);
    expect(verifyResetCode(KEY, SERIAL, code.toLowerCase().replace(/-/g, " "), NOW).ok).toBe(true);
    expect(verifyResetCode(KEY, SERIAL, code.replace(/-/g, ""), NOW).ok).toBe(true);
    for (const bad of ["", "ABCD", "0000-0000-0000-0000", "IIII-LLLL-OOOO-1111", `${code}-AAAA`]) {
      expect(verifyResetCode(KEY, SERIAL, bad, NOW)).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("differ for the same device and expiry", () => {
    const codes = new Set(Array.from({ length: 20 }, () => issueResetCode(KEY, SERIAL, IN_48H)));
    expect(codes.size).toBeGreaterThan(15);
  });
});
