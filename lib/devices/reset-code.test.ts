import { describe, expect, it } from "vitest";
import { issueResetCode, verifyResetCode } from "./reset-code";

const KEY = "vendor-key";
const SERIAL = "DS-2CD2143G2-I20231104AAWRJ12345678";
const NOW = Date.UTC(2026, 10, 23, 12, 0);
const IN_48H = NOW + 48 * 60 * 60_000;
const FORMAT = /^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/;

/** `code` with the symbol at `index` (dashes included) swapped for another valid one. */
function changeSymbol(code: string, index: number): string {
  const swapped = code[index] === "B" ? "C" : "B";
  return code.slice(0, index) + swapped + code.slice(index + 1);
}

describe("reset codes", () => {
  it("verify on their device until they expire", () => {
    const code = issueResetCode(KEY, SERIAL, IN_48H);
    expect(code).toMatch(FORMAT);
    expect(verifyResetCode(KEY, SERIAL, code, NOW)).toEqual({ ok: true, expiresAt: IN_48H });
    expect(verifyResetCode(KEY, SERIAL, code, IN_48H - 1)).toEqual({ ok: true, expiresAt: IN_48H });
    expect(verifyResetCode(KEY, SERIAL, code, IN_48H)).toEqual({ ok: false, reason: "expired" });
    expect(verifyResetCode(KEY, SERIAL, code, IN_48H + 86_400_000)).toEqual({ ok: false, reason: "expired" });
  });

  it("round the expiry up to the minute", () => {
    const code = issueResetCode(KEY, SERIAL, IN_48H - 59_000);
    expect(verifyResetCode(KEY, SERIAL, code, NOW)).toEqual({ ok: true, expiresAt: IN_48H });
  });

  it("fail on another device or with another key", () => {
    const code = issueResetCode(KEY, SERIAL, IN_48H);
    expect(verifyResetCode(KEY, "DS-7608NI-K20820220315CCRRG87654321", code, NOW)).toEqual({ ok: false, reason: "wrong" });
    expect(verifyResetCode("other-key", SERIAL, code, NOW)).toEqual({ ok: false, reason: "wrong" });
    // The serial is compared as the label shows it, whatever the case or spacing typed.
    expect(verifyResetCode(KEY, ` ${SERIAL.toLowerCase()} `, code, NOW).ok).toBe(true);
  });

  it("fail when any symbol is changed, the expiry included", () => {
    const code = issueResetCode(KEY, SERIAL, IN_48H);
    for (let i = 0; i < code.length; i++) {
      if (code[i] === "-") continue;
      expect(verifyResetCode(KEY, SERIAL, changeSymbol(code, i), NOW), `symbol ${i}`).toEqual({ ok: false, reason: "wrong" });
    }
    // An expired code stays expired even when its expiry is pushed later by hand.
    const old = issueResetCode(KEY, SERIAL, NOW - 60_000);
    expect(verifyResetCode(KEY, SERIAL, changeSymbol(old, 3), NOW)).toEqual({ ok: false, reason: "wrong" });
  });

  it("accept lower case, spaces and missing dashes", () => {
    const code = issueResetCode(KEY, SERIAL, IN_48H);
    expect(verifyResetCode(KEY, SERIAL, code.toLowerCase(), NOW).ok).toBe(true);
    expect(verifyResetCode(KEY, SERIAL, code.replace(/-/g, " "), NOW).ok).toBe(true);
    expect(verifyResetCode(KEY, SERIAL, code.replace(/-/g, ""), NOW).ok).toBe(true);
    expect(verifyResetCode(KEY, SERIAL, `  ${code.replace(/-/g, "  ").toLowerCase()}\n`, NOW).ok).toBe(true);
  });

  it("refuse malformed input as malformed", () => {
    const code = issueResetCode(KEY, SERIAL, IN_48H);
    for (const bad of ["", "ABCD", "0000-0000-0000-0000", "IIII-LLLL-OOOO-1111", `${code}-AAAA`, code.slice(0, -1), code.replace("-", "_"), "ÄBCD-EFGH-JKMN-PQRS"]) {
      expect(verifyResetCode(KEY, SERIAL, bad, NOW), JSON.stringify(bad)).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("differ for the same device and expiry", () => {
    const codes = new Set(Array.from({ length: 20 }, () => issueResetCode(KEY, SERIAL, IN_48H)));
    expect(codes.size).toBeGreaterThan(15); // 961 nonces: a repeat among 20 is possible, many are not
    expect(issueResetCode(KEY, SERIAL, IN_48H).slice(0, 7)).toBe(issueResetCode(KEY, SERIAL, IN_48H).slice(0, 7)); // same expiry part
  });

  it("refuse to issue with no key or an impossible expiry", () => {
    expect(() => issueResetCode("", SERIAL, IN_48H)).toThrow();
    expect(() => issueResetCode(KEY, SERIAL, Number.NaN)).toThrow(RangeError);
    expect(() => issueResetCode(KEY, SERIAL, -1)).toThrow(RangeError);
    expect(() => issueResetCode(KEY, SERIAL, 31 ** 6 * 60_000)).toThrow(RangeError);
  });
});
