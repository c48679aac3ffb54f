import { describe, expect, it } from "vitest";
import { checkDevicePassword } from "./device-password";

describe("device password rules", () => {
  it("takes 8 to 16 characters", () => {
    expect(checkDevicePassword("Abcde7!")).toBe("length");
    expect(checkDevicePassword("Abcdef7!")).toBeNull();
    expect(checkDevicePassword("Abcdef7!Abcdef7!")).toBeNull();
    expect(checkDevicePassword("Abcdef7!Abcdef7!x")).toBe("length");
  });

  it("needs two kinds of characters", () => {
    expect(checkDevicePassword("abcdefgh")).toBe("kinds");
    expect(checkDevicePassword("abcdefg9")).toBeNull();
    expect(checkDevicePassword("ABCDEFG!")).toBeNull();
  });

  it("refuses admin, 123 and the user name", () => {
    expect(checkDevicePassword("xAdmin99z")).toBe("forbidden");
    expect(checkDevicePassword("pass1230x")).toBe("forbidden");
    expect(checkDevicePassword("Operator-77", "operator")).toBe("username");
    expect(checkDevicePassword("Operato-77", "operator")).toBeNull();
  });

  it("refuses 4+ ascending or descending digits and 4+ repeats", () => {
    expect(checkDevicePassword("Pass2345x")).toBe("sequence");
    expect(checkDevicePassword("Pass9876x")).toBe("sequence");
    expect(checkDevicePassword("Pass2346x")).toBeNull();
    expect(checkDevicePassword("Pass234x")).toBeNull();
    expect(checkDevicePassword("Paaaass9")).toBe("repeat");
    expect(checkDevicePassword("Paaass9x")).toBeNull();
  });
});
