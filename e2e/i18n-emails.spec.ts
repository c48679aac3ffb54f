import { expect, test, type APIRequestContext } from "@playwright/test";
import { CAPTCHA, PASSWORD, clientHeaders, unique } from "./helpers";

/**
 * Emails and SMS go out in the person's language (issue 15): a registration started in German
 * sends its code in German, the account keeps German, and later mail to it is German too. Driven
 * through the JSON API so the check does not depend on the pages' words.
 */
test.use({ extraHTTPHeaders: clientHeaders() });

async function latest(request: APIRequestContext, to: string) {
  for (let i = 0; i < 40; i++) {
    const m = (await (await request.get(`/dev/mailbox/latest?to=${encodeURIComponent(to)}`)).json()).message;
    if (m) return m as { id: number; subject: string; text: string; code: string | null };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No message for ${to}`);
}

async function newer(request: APIRequestContext, to: string, after: number) {
  for (let i = 0; i < 40; i++) {
    const m = await latest(request, to);
    if (m.id > after) return m;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No new message for ${to}`);
}

for (const { language, header, code, welcome } of [
  { language: "German (Accept-Language)", header: { "accept-language": "de-DE,de;q=0.9" }, code: /^\d{6} ist Ihr Gatehouse-Bestätigungscode$/, welcome: "Willkommen bei Gatehouse" },
  { language: "Spanish (the picker's cookie)", header: { cookie: "gh_lang=es", "accept-language": "en-US" }, code: /^\d{6} es su código de verificación de Gatehouse$/, welcome: "Bienvenido a Gatehouse" },
]) {
  test(`a registration in ${language} gets its code and welcome in that language`, async ({ request }) => {
    const { email, username } = unique("i18n");
    const started = await request.post("/api/flows/user-registration", { headers: header });
    expect(started.status()).toBe(201);
    const { flow, token } = await started.json();
    const url = `/api/flows/user-registration/${flow.id}`;
    const post = (data: unknown) => request.post(url, { headers: { ...header, authorization: `Bearer ${token}` }, data });
    let body = await (await post({ revision: 0, fields: { country: "DE" } })).json();
    const captchaId = body.flow.fields.find((f: { kind: string }) => f.kind === "captcha").captcha.id;
    body = await (await post({ revision: 1, fields: { email, captcha: CAPTCHA, captchaId } })).json();
    expect(body.flow.step).toBe("verify-email");

    const mail = await latest(request, email);
    expect(mail.subject).toMatch(code);
    body = await (await post({ revision: 2, fields: { code: mail.code } })).json();
    expect(body.flow.step).toBe("credentials");
    body = await (await post({ revision: 3, fields: { username, password: PASSWORD, confirmPassword: PASSWORD, terms: true } })).json();
    expect(body.flow.status).toBe("completed");
    expect((await newer(request, email, mail.id)).subject).toBe(welcome);
  });
}
