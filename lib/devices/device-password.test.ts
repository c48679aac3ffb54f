import { describe, expect, it } from "vitest";
import { checkDevicePassword, devicePasswordMessages, type DevicePasswordProblem } from "./device-password";

describe("device password rules", () => {
  it("take 8 to 16 characters", () => {
    expect(checkDevicePassword("Abcde7!")).toBe("length"); // 7
    expect(checkDevicePassword("Abcdef7!")).toBeNull(); // 8
    expect(checkDevicePassword("Abcdef7!Abcdef7!")).toBeNull(); // 16
    expect(checkDevicePassword("Abcdef7!Abcdef7!x")).toBe("length"); // 17
    expect(checkDevicePassword("")).toBe("length");
  });

  it("need two kinds among lower case, upper case, digits and symbols", () => {
    expect(checkDevicePassword("abcdefgh")).toBe("kinds");
    expect(checkDevicePassword("ABCDEFGH")).toBe("kinds");
    expect(checkDevicePassword("97531864")).toBe("kinds");
    expect(checkDevicePassword("!@#$%^&*")).toBe("kinds");
    expect(checkDevicePassword("abcdefgH")).toBeNull();
    expect(checkDevicePassword("abcdefg9")).toBeNull();
    expect(checkDevicePassword("ABCDEFG!")).toBeNull();
    expect(checkDevicePassword("97531864!")).toBeNull();
  });

  it("refuse admin and 123 in any case", () => {
    expect(checkDevicePassword("xAdmin99z")).toBe("forbidden");
    expect(checkDevicePassword("xADMIN99z")).toBe("forbidden");
    expect(checkDevicePassword("pass1230x")).toBe("forbidden");
    expect(checkDevicePassword("Pass1235x")).toBe("forbidden"); // not a run, but it holds "123"
    expect(checkDevicePassword("adm1n-Pass")).toBeNull();
  });

  it("refuse the user name in any case", () => {
    expect(checkDevicePassword("Operator-77", "operator")).toBe("username");
    expect(checkDevicePassword("xxOPERATOR7", "Operator")).toBe("username");
    expect(checkDevicePassword("Operato-77", "operator")).toBeNull();
    expect(checkDevicePassword("Operator-77", "")).toBeNull();
  });

  it("refuse 4 or more ascending or descending digits in a row", () => {
    expect(checkDevicePassword("Pass1234x")).toBe("sequence");
    expect(checkDevicePassword("Pass4321x")).toBe("sequence");
    expect(checkDevicePassword("Pass9876x")).toBe("sequence");
    expect(checkDevicePassword("Pass23456")).toBe("sequence");
    expect(checkDevicePassword("x6789Pass")).toBe("sequence");
    expect(checkDevicePassword("Pass2346x")).toBeNull();
    expect(checkDevicePassword("Pass234x5")).toBeNull(); // three in a row only
    expect(checkDevicePassword("Pass7890x")).toBeNull(); // 9 to 0 does not continue a run
    expect(checkDevicePassword("Pass2468x")).toBeNull();
  });

  it("refuse 4 or more identical characters in a row", () => {
    expect(checkDevicePassword("Paaaass9")).toBe("repeat");
    expect(checkDevicePassword("Pass7777x")).toBe("repeat");
    expect(checkDevicePassword("Pass!!!!x")).toBe("repeat");
    expect(checkDevicePassword("Paaass9x")).toBeNull();
    expect(checkDevicePassword("PaaAAss9")).toBeNull(); // case differs
  });

  it("have a message for every problem", () => {
    const problems: DevicePasswordProblem[] = ["length", "kinds", "sequence", "repeat", "forbidden", "username"];
    for (const p of problems) expect(devicePasswordMessages[p]).toMatch(/\.$/);
    expect(Object.keys(devicePasswordMessages).sort()).toEqual([...problems].sort());
  });
});
