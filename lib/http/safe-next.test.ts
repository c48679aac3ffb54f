import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it.each(["/account", "/account/company?first=1", "/admin/terms"])("keeps %s", (p) => expect(safeNext(p)).toBe(p));
  it.each(["//evil.com", "/\\evil.com", "/%5Cevil.com".replace("%5C", "\\"), "/\tevil.com", "https://evil.com", "evil", "", null, 42])(
    "refuses %s",
    (p) => expect(safeNext(p)).toBe("/account"),
  );
});
