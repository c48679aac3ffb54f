import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { mailbox, users } from "@/lib/db/schema";
import { startFlow, submitStep } from "@/lib/flows/runtime";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { codeIn } from "@/lib/dev/mailbox";
import { hashPassword, verifyPassword } from "@/lib/security/passwords";
import { createSession, sessionIsLive } from "@/lib/auth/sessions";
import { deviceTokenHash, listTrustedDevices, newDeviceToken, trustDevice } from "@/lib/auth/devices";
import { useFlowDatabase, viewOf } from "./db";

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const FLOW = "password-recovery";
const database = useFlowDatabase();
let n = 0;


const view = viewOf;

async function identify(email: string) {
  const c = { address: `198.51.100.${++n}` };
  const s = await startFlow(FLOW, c);
  if (s.kind !== "started") throw new Error();
  const captchaId = s.view.fields.find((f) => f.kind === "captcha")!.captcha!.id;
  const v = view(await submitStep(FLOW, s.id, s.token, { revision: 0, fields: { email, captcha: "ABCD", captchaId } }, c));
  return { ...s, c, v };
}

describe("password recovery through the runtime", () => {
  it("resets the password with the emailed code and ends every session and trusted device", async () => {
    const [user] = await database()
      .insert(users)
      .values({ username: "ana", usernameLower: "ana", email: "ana@example.com", emailLower: "ana@example.com", country: "US", passwordHash: await hashPassword("Old-Passw0rd-1") })
      .returning();
    const sessionA = await createSession(user.id, {});
    const sessionB = await createSession(user.id, {});
    await trustDevice(database(), { userId: user.id, tokenHash: deviceTokenHash(newDeviceToken()), days: 30 });
    expect(await listTrustedDevices(user.id)).toHaveLength(1);
    const f = await identify("ANA@example.com");
    expect(f.v.step).toBe("verify");
    await dispatchDue(database());
    const [m] = await database().select().from(mailbox).where(eq(mailbox.recipient, "ana@example.com")).orderBy(sql`id desc`).limit(1);
    const code = codeIn(m.text)!;
    let v = view(await submitStep(FLOW, f.id, f.token, { revision: 1, fields: { code } }, f.c));
    expect(v.step).toBe("new-password");
    v = view(await submitStep(FLOW, f.id, f.token, { revision: 2, fields: { password: "weak", confirmPassword: "weak" } }, f.c));
    expect(v.fields[0].error?.code).toBe("password_too_short");
    const r = await submitStep(FLOW, f.id, f.token, { revision: 2, fields: { password: "New-Passw0rd-2", confirmPassword: "New-Passw0rd-2" } }, f.c);
    expect(r.kind).toBe("completed");
    const [after] = await database().select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(after.passwordHash, "New-Passw0rd-2")).toBe(true);
    expect(await verifyPassword(after.passwordHash, "Old-Passw0rd-1")).toBe(false);
    expect(await sessionIsLive(sessionA)).toBe(false);
    expect(await sessionIsLive(sessionB)).toBe(false);
    expect(await listTrustedDevices(user.id)).toEqual([]);
    await dispatchDue(database());
    const [notice] = await database().select().from(mailbox).where(eq(mailbox.recipient, "ana@example.com")).orderBy(sql`id desc`).limit(1);
    expect(notice.subject).toBe("Your password was changed");
  });

  it("shows the same screens for an address without an account and sends it nothing", async () => {
    const known = await identify("ana@example.com");
    const unknown = await identify("nobody@example.com");
    expect({ ...unknown.v, id: "", expiresAt: "", description: "", context: {}, actions: [] }).toEqual({
      ...known.v,
      id: "",
      expiresAt: "",
      description: "",
      context: {},
      actions: [],
    });
    await dispatchDue(database());
    expect(await database().select().from(mailbox).where(eq(mailbox.recipient, "nobody@example.com"))).toEqual([]);
  });
});
