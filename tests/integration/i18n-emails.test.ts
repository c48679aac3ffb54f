import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { flowInstances, outbox, users } from "@/lib/db/schema";
import { startFlow, submitStep, type ClientInfo } from "@/lib/flows/runtime";
import { enqueueMessage } from "@/lib/messaging/outbox";
import { codeIn } from "@/lib/dev/mailbox";
import { changePassword } from "@/lib/accounts/security";
import { createSession } from "@/lib/auth/sessions";
import { insertAccount, useFlowDatabase, viewOf } from "./db";
import { lastMailTo } from "../support/mail";

/**
 * Emails and SMS go out in the person's language (issue 15): the language is fixed when the message
 * is queued (the account's, else the language of whoever started the flow) and used when it is sent.
 */
process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const database = useFlowDatabase();
let n = 0;
const client = (locale?: ClientInfo["locale"]): ClientInfo => ({ address: `198.51.100.${++n}`, locale });

const lastMail = (to: string) => lastMailTo(database(), to);

async function register(email: string, username: string, c: ClientInfo) {
  const FLOW = "user-registration";
  const s = await startFlow(FLOW, c);
  if (s.kind !== "started") throw new Error("not started");
  let v = viewOf(await submitStep(FLOW, s.id, s.token, { revision: 0, fields: { country: "DE" } }, c));
  const captchaId = v.fields.find((f) => f.kind === "captcha")!.captcha!.id;
  v = viewOf(await submitStep(FLOW, s.id, s.token, { revision: 1, fields: { email, captcha: "abcd", captchaId } }, c));
  expect(v.step).toBe("verify-email");
  const codeMail = await lastMail(email);
  const r = await submitStep(FLOW, s.id, s.token, { revision: 2, fields: { code: codeIn(codeMail.text)! } }, c);
  expect(viewOf(r).step).toBe("credentials");
  const done = await submitStep(
    FLOW,
    s.id,
    s.token,
    { revision: 3, fields: { username, password: "Tr4in-Station", confirmPassword: "Tr4in-Station", terms: "on" } },
    c,
  );
  expect(done.kind).toBe("completed");
  return { id: s.id, codeMail };
}

describe("messages in the person's language", () => {
  it("a German registration gets its code in German, the account keeps German, and later messages follow it", async () => {
    const email = "greta@example.com";
    const { id, codeMail } = await register(email, "greta", client("de"));
    const [flow] = await database().select().from(flowInstances).where(eq(flowInstances.id, id));
    expect(flow.locale).toBe("de");
    expect(codeMail.subject).toMatch(/^\d{6} ist Ihr Gatehouse-Bestätigungscode$/);
    expect(codeMail.text).toContain("Minuten gültig");
    expect(codeMail.html).toContain('lang="de"');
    expect(codeMail.html).toContain("Geben Sie diesen Code ein");

    const [user] = await database().select().from(users).where(eq(users.emailLower, email));
    expect(user.locale).toBe("de");
    expect((await lastMail(email)).subject).toBe("Willkommen bei Gatehouse");

    // A later message to the account, queued outside any flow, is German too.
    expect(await changePassword(user.id, await createSession(user.id, {}), { currentPassword: "Tr4in-Station", newPassword: "N3w-Passw0rd-2", confirmPassword: "N3w-Passw0rd-2" })).toEqual({ ok: true });
    const notice = await lastMail(email);
    expect(notice.subject).toBe("Ihr Passwort wurde geändert");
    expect(notice.text).toContain("Das Passwort Ihres Gatehouse-Kontos wurde geändert");
  });

  it("Forgot Password sends its code in the language of the person asking, and the notice after it in the account's", async () => {
    await insertAccount(database(), "pablo", "Old-Passw0rd-1", { locale: "es" });
    const email = "pablo@example.com";
    const FLOW = "password-recovery";
    const c = client("de");
    const s = await startFlow(FLOW, c);
    if (s.kind !== "started") throw new Error("not started");
    const captchaId = s.view.fields.find((f) => f.kind === "captcha")!.captcha!.id;
    await submitStep(FLOW, s.id, s.token, { revision: 0, fields: { email, captcha: "ABCD", captchaId } }, c);
    const codeMail = await lastMail(email);
    expect(codeMail.subject).toMatch(/^\d{6} ist Ihr Gatehouse-Bestätigungscode$/);
    expect(viewOf(await submitStep(FLOW, s.id, s.token, { revision: 1, fields: { code: codeIn(codeMail.text)! } }, c)).step).toBe("new-password");
    const r = await submitStep(FLOW, s.id, s.token, { revision: 2, fields: { password: "New-Passw0rd-2", confirmPassword: "New-Passw0rd-2" } }, c);
    expect(r.kind).toBe("completed");
    expect((await lastMail(email)).subject).toBe("Se ha cambiado su contraseña");
  });

  it("the outbox row keeps its language; an account without one, and no asker's language, gets English", async () => {
    const u = await insertAccount(database(), "enrique", "Old-Passw0rd-1");
    await enqueueMessage(database(), { idempotencyKey: "i18n:plain", channel: "email", to: "enrique@example.com", template: "password-changed", forAccount: u.id });
    await enqueueMessage(database(), { idempotencyKey: "i18n:es", channel: "sms", to: "+34612345678", template: "password-changed", locale: "es" });
    const rows = await database().select({ key: outbox.idempotencyKey, locale: outbox.locale }).from(outbox).where(sql`${outbox.idempotencyKey} like 'i18n:%'`).orderBy(outbox.id);
    expect(rows).toEqual([
      { key: "i18n:plain", locale: "en" },
      { key: "i18n:es", locale: "es" },
    ]);
    expect((await lastMail("enrique@example.com")).subject).toBe("Your password was changed");
    const sms = await lastMail("+34612345678");
    expect(sms.subject).toBe("Contraseña cambiada");
    expect(sms.text).toMatch(/^Se ha cambiado la contraseña de su cuenta de Gatehouse/);
  });
});
