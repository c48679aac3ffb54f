import { describe, expect, it } from "vitest";
import { characterKinds, checkPassword, hashPassword, verifyPassword } from "./passwords";
import { USERNAME_PATTERN, normalizeUsername } from "./usernames";
import { hashSecret, randomCaptchaText, randomDigits, secretMatches } from "./secrets";

describe("password rule", () => {
  it.each([
    ["Ab1!", "too_short"],
    ["abcdefgh", "too_few_kinds"],
    ["abcdefg1", "too_few_kinds"],
    ["Password1", "too_common"],
    ["Password123!", "too_common"],
    ["Qwerty123", "too_common"],
    ["x".repeat(129), "too_long"],
  ])("refuses %s (%s)", (pw, problem) => {
    expect(checkPassword(pw)).toBe(problem);
  });

  it.each(["Tr4in-Station", "blue-Harbor-71", "Zx9!mmqp", "correct horse Battery 9", "A".repeat(40) + "b1" + "c".repeat(30)])(
    "accepts %s",
    (pw) => {
      expect(checkPassword(pw)).toBeNull();
    },
  );

  it("allows at least 64 characters", () => {
    expect(checkPassword("Ab1-" + "q".repeat(60))).toBeNull();
  });

  it("refuses a password containing the user name", () => {
    expect(checkPassword("reg_by_email-9X", { username: "reg_by_email" })).toBe("contains_username");
  });

  it("counts character kinds", () => {
    expect(characterKinds("aA1!")).toBe(4);
    expect(characterKinds("aaaa")).toBe(1);
  });

  it("hashes with argon2id and verifies", async () => {
    const h = await hashPassword("Tr4in-Station");
    expect(h.startsWith("$argon2id$")).toBe(true);
    expect(h).toContain("m=19456,t=2,p=1");
    expect(await verifyPassword(h, "Tr4in-Station")).toBe(true);
    expect(await verifyPassword(h, "tr4in-station")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});

describe("user names", () => {
  it.each(["reg_by_email", "mobile_number_test", "Ana42"])("accepts %s", (u) => expect(USERNAME_PATTERN.test(u)).toBe(true));
  it.each(["ab", "has space", "dash-name", "émile", "x".repeat(33)])("refuses %s", (u) => expect(USERNAME_PATTERN.test(u)).toBe(false));
  it("compares ignoring case", () => expect(normalizeUsername(" Reg_By_Email ")).toBe("reg_by_email"));
});

describe("secrets", () => {
  it("makes digit codes of the asked length", () => {
    for (let i = 0; i < 50; i++) expect(randomDigits(6)).toMatch(/^\d{6}$/);
  });

  it("makes picture codes without look-alike characters", () => {
    for (let i = 0; i < 50; i++) expect(randomCaptchaText(4)).toMatch(/^[A-HJ-NP-Z2-9]{4}$/);
    expect(randomCaptchaText(200)).not.toMatch(/[01OIL]/);
  });

  it("hashes with a purpose and compares", () => {
    const h = hashSecret("verification-code", "123456");
    expect(h).not.toContain("123456");
    expect(secretMatches("verification-code", "123456", h)).toBe(true);
    expect(secretMatches("verification-code", "123457", h)).toBe(false);
    expect(secretMatches("login-token", "123456", h)).toBe(false);
  });
});
