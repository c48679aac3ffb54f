import { describe, expect, it } from "vitest";
import { normalizeSignInIdentifier } from "./identifier";

describe("sign-in identifiers in canonical form", () => {
  it("reads a phone number in any format as E.164, national numbers for the default country", () => {
    for (const typed of ["+1 201 555 0143", "+12015550143", "(201) 555-0143", "201.555.0143", "1-201-555-0143", "12015550143", " +1 (201) 555-0143 ", "011 1 201 555 0143"]) {
      expect(normalizeSignInIdentifier(typed, "US")).toMatchObject({ kind: "phone", value: "+12015550143" });
    }
    // Digits that start with their country code, without the +, still work from anywhere.
    expect(normalizeSignInIdentifier("44 20 7123 4567", "US")).toMatchObject({ kind: "phone", value: "+442071234567" });
    expect(normalizeSignInIdentifier("020 7123 4567", "GB")).toMatchObject({ kind: "phone", value: "+442071234567" });
  });

  it("keeps the digits as a user name too, since a user name of digits wins over a number", () => {
    expect(normalizeSignInIdentifier("12015550143", "US")).toEqual({ kind: "phone", value: "+12015550143", asName: "12015550143" });
    // Not a valid number anywhere: a user name.
    expect(normalizeSignInIdentifier("12345", "US")).toEqual({ kind: "name", value: "12345" });
  });

  it("case-folds and trims emails and user names", () => {
    expect(normalizeSignInIdentifier("  Ana.Silva@Example.COM ", "US")).toEqual({ kind: "email", value: "ana.silva@example.com" });
    expect(normalizeSignInIdentifier(" Ana_Silva ", "US")).toEqual({ kind: "name", value: "ana_silva" });
  });

  it("ignores a default country libphonenumber does not know: digits are then read with their country code", () => {
    // Which is why the default matters: without it, a US national number reads as an Egyptian one.
    expect(normalizeSignInIdentifier("(201) 555-0143", "XX")).toMatchObject({ kind: "phone", value: "+2015550143" });
    expect(normalizeSignInIdentifier("+1 201 555 0143", "XX")).toMatchObject({ kind: "phone", value: "+12015550143" });
  });
});

describe("numbers of another country typed without their code", () => {
  it("have one form whatever the spelling, so spellings cannot buy more guesses", () => {
    const forms = ["07700 900123", "07700-900-123", "(07700) 900123", "07700900123"].map((t) => normalizeSignInIdentifier(t, "US"));
    expect(new Set(forms.map((f) => JSON.stringify(f))).size).toBe(1);
    expect(forms[0]).toEqual({ kind: "name", value: "07700900123" });
  });
});
