import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { accountEvents, users } from "@/lib/db/schema";
import { startFlow, submitStep } from "@/lib/flows/runtime";
import { codeIn } from "@/lib/dev/mailbox";
import { hashPassword } from "@/lib/security/passwords";
import { verifyCredentials } from "@/lib/auth/credentials";
import { useFlowDatabase, viewOf } from "./db";
import { lastMailTo } from "../support/mail";

const FLOW = "contact-change";
const PASSWORD = "Contact-Passw0rd-1";
const database = useFlowDatabase();
let n = 0;


const view = viewOf;

async function account(username: string, email: string) {
  const [u] = await database()
    .insert(users)
    .values({ username, usernameLower: username.toLowerCase(), email, emailLower: email, country: "US", passwordHash: await hashPassword(PASSWORD) })
    .returning();
  return u;
}

const lastTo = (to: string) => lastMailTo(database(), to);

async function begin(userId: string) {
  const c = { address: `198.51.100.${++n}` };
  const s = await startFlow(FLOW, c, {}, { subject: userId, context: { account: { id: userId }, country: "US" } });
  if (s.kind !== "started") throw new Error();
  return { ...s, c, send: (revision: number, fields: Record<string, unknown>, intent?: string) => submitStep(FLOW, s.id, s.token, { revision, fields, intent }, c) };
}

describe("contact change", () => {
  it("moves the account to a new email proved by a code, tells the old one and records it", async () => {
    const u = await account("mover", "old@example.com");
    const f = await begin(u.id);
    expect(view(await f.send(0, { email: "new@example.com" })).step).toBe("verify");
    const code = codeIn((await lastTo("new@example.com")).text)!;
    const r = await f.send(1, { code });
    expect(r.kind).toBe("completed");
    const [after] = await database().select().from(users).where(eq(users.id, u.id));
    expect(after.email).toBe("new@example.com");
    expect((await lastTo("old@example.com")).subject).toBe("Your email address was changed");
    const events = await database().select().from(accountEvents).where(eq(accountEvents.userId, u.id));
    expect(events).toEqual([expect.objectContaining({ type: "email_changed", detail: { from: "old@example.com", to: "new@example.com" } })]);
    expect(await verifyCredentials("old@example.com", PASSWORD, "c-old")).toBeNull();
    expect(await verifyCredentials("new@example.com", PASSWORD, "c-new")).toMatchObject({ id: u.id });
  });

  it("also moves an installer's email user name, so the old address stops signing in", async () => {
    const u = await account("inst@example.com", "inst@example.com");
    const f = await begin(u.id);
    await f.send(0, { email: "inst2@example.com" });
    await f.send(1, { code: codeIn((await lastTo("inst2@example.com")).text)! });
    const [after] = await database().select().from(users).where(eq(users.id, u.id));
    expect(after).toMatchObject({ username: "inst2@example.com", usernameLower: "inst2@example.com" });
    expect(await verifyCredentials("inst@example.com", PASSWORD, "c-i")).toBeNull();
  });

  it("adds a phone number for the account's country", async () => {
    const u = await account("phoner", "phoner@example.com");
    const f = await begin(u.id);
    await f.send(0, {}, "USE_PHONE");
    expect(view(await f.send(1, { phone: "(201) 555-0177" })).step).toBe("verify");
    await f.send(2, { code: codeIn((await lastTo("+12015550177")).text)! });
    const [after] = await database().select().from(users).where(eq(users.id, u.id));
    expect(after.phone).toBe("+12015550177");
  });

  it("never sends a code to an address of another account: its owner is told, and no code works", async () => {
    const a = await account("alice", "alice@example.com");
    await account("bob", "bob@example.com");
    const f = await begin(a.id);
    expect(view(await f.send(0, { email: "bob@example.com" })).step).toBe("verify");
    expect(codeIn((await lastTo("bob@example.com")).text)).toBeUndefined();
    expect(view(await f.send(1, { code: "123456" })).fields[0].error?.code).toBe("code_wrong");
    const [after] = await database().select().from(users).where(eq(users.id, a.id));
    expect(after.email).toBe("alice@example.com");
  });
});
