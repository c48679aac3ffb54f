import { describe, expect, it } from "vitest";
import { callingCodeFor, formatPhone, toE164 } from "./phone";

describe("phone numbers", () => {
  it("fills the country code from the country", () => {
    expect(callingCodeFor("US")).toBe("+1");
    expect(callingCodeFor("gb")).toBe("+44");
    expect(callingCodeFor("XX")).toBeUndefined();
  });

  it("stores valid numbers in E.164", () => {
    expect(toE164("(201) 555-0123", "US")).toBe("+12015550123");
    expect(toE164("+1 201 555 0123", "US")).toBe("+12015550123");
    expect(toE164("07400 123456", "GB")).toBe("+447400123456");
  });

  it("refuses numbers that are not valid for the chosen country", () => {
    expect(toE164("12345", "US")).toBeNull();
    expect(toE164("not a number", "US")).toBeNull();
    expect(toE164("+447400123456", "US")).toBeNull();
  });

  it("formats for display", () => {
    expect(formatPhone("+12015550123")).toBe("+1 201 555 0123");
  });
});
