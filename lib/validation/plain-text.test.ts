import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTERS, hasControlCharacters, plainText } from "./plain-text";

describe("control characters in typed text", () => {
  it("refuses NUL, the other C0 controls, DEL and C1 controls in one-line text", () => {
    for (const bad of ["\u0000", "GB\u0000", "a\u0007b", "\u001b[31mred", "a\u007fb", "a\u0085b", "a\u009bb", "tab\there", "two\nlines", "cr\r"]) {
      expect(hasControlCharacters(bad), JSON.stringify(bad)).toBe(true);
    }
  });

  it("keeps tabs and line breaks in multi-line text, and nothing else", () => {
    expect(hasControlCharacters("Hello,\r\n\tthe label is blurry.\n", { multiline: true })).toBe(false);
    expect(hasControlCharacters("note\u0000", { multiline: true })).toBe(true);
    expect(hasControlCharacters("note\u000b", { multiline: true })).toBe(true);
    expect(hasControlCharacters("note\u0090", { multiline: true })).toBe(true);
  });

  it("refuses a lone surrogate but accepts every real character", () => {
    expect(hasControlCharacters("\ud800")).toBe(true);
    expect(hasControlCharacters("x\udc00y")).toBe(true);
    for (const good of ["Zoë Ødegård", "東京都", "😀 emoji", "Ελλάδα", "שלום", "a\u00a0b", "Straße 5"]) {
      expect(hasControlCharacters(good), good).toBe(false);
    }
  });

  it("gives the field message through zod, and chains with trim and max", () => {
    const schema = plainText().trim().max(5, "Too long.");
    const bad = schema.safeParse("ab\u0000");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe(CONTROL_CHARACTERS.message);
    expect(schema.safeParse("  abc ").data).toBe("abc");
    expect(schema.safeParse("abcdefg").error?.issues[0].message).toBe("Too long.");
    expect(plainText({ multiline: true }).safeParse("line\nline").success).toBe(true);
  });
});
