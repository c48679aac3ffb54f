import { describe, expect, it } from "vitest";
import { users } from "@/lib/db/schema";
import { beginSignIn } from "@/lib/auth/sign-in";
import { newDeviceToken } from "@/lib/auth/devices";
import { hashPassword } from "@/lib/security/passwords";
import { looksNational } from "@/lib/phone";
import { useFlowDatabase } from "./db";

/** Sign-in with a phone number in the national format of the account's own country. */
const database = useFlowDatabase();
const PASSWORD = "National-Passw0rd-1";
const client = { address: "192.0.2.44", userAgent: "Mozilla/5.0 Firefox/140.0" };

async function account(username: string, country: string, phone: string) {
  await database()
    .insert(users)
    .values({ username, usernameLower: username, email: `${username}@example.com`, emailLower: `${username}@example.com`, phone, country, passwordHash: await hashPassword(PASSWORD) });
}

describe("national phone numbers at sign-in", () => {
  it("finds a US account by (201) 555-4627 and a UK account by 07400 123456", async () => {
    await account("us_owner", "US", "+12015554627");
    await account("uk_owner", "GB", "+447400123456");
    for (const typed of ["(201) 555-4627", "201.555.4627", "07400 123456", "07400-123-456"]) {
      const r = await beginSignIn(typed, PASSWORD, client, newDeviceToken());
      expect(r.kind, typed).toBe("check");
    }
  });

  it("guesses at nobody when two countries' accounts share the national number", async () => {
    // 0612345678 is a valid national mobile number in both the Netherlands and France.
    await account("nl_owner", "NL", "+31612345678");
    await account("fr_owner", "FR", "+33612345678");
    const r = await beginSignIn("06 12 34 56 78", PASSWORD, client, newDeviceToken());
    expect(r).toEqual({ kind: "error", error: "invalid" });
    // With the country code each signs in.
    expect((await beginSignIn("+31 6 12345678", PASSWORD, client, newDeviceToken())).kind).toBe("check");
    expect((await beginSignIn("+33 6 12 34 56 78", PASSWORD, client, newDeviceToken())).kind).toBe("check");
    // The page then names the international format, judged from the text alone.
    expect(looksNational("06 12 34 56 78")).toBe(true);
    expect(looksNational("+33 6 12 34 56 78")).toBe(false);
    expect(looksNational("ana_silva")).toBe(false);
  });
});
