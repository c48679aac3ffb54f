import { describe, expect, it } from "vitest";
import { translator } from "@/lib/messages";
import { companyDetails, companyDetailsIn } from "./company";

const filled = { name: "Acme", address: "1 Main St", city: "Springfield", region: "", postalCode: "12345", website: "" };
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("company information form", () => {
  it("says what is missing or too long in English as before", () => {
    expect(messages(companyDetails.safeParse({ ...filled, name: "", website: "acme" }))).toEqual({
      name: "Enter the company name.",
      website: "Enter a web address starting with https://",
    });
    expect(messages(companyDetails.safeParse({ ...filled, city: "x".repeat(101) }))).toEqual({ city: "City: use at most 100 characters." });
  });

  it("says it in the reader's language", () => {
    const de = companyDetailsIn(translator("de"));
    expect(messages(de.safeParse({ ...filled, name: "" }))).toEqual({ name: translator("de").t("account.errors.companyName") });
    expect(messages(de.safeParse({ ...filled, city: "x".repeat(101) }))).toEqual({ city: "Ort: Verwenden Sie höchstens 100 Zeichen." });
  });
});
