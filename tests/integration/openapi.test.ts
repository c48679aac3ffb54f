import { afterAll, describe, expect, it, vi } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { eq, sql } from "drizzle-orm";
import { mailbox, users } from "@/lib/db/schema";
import { consumeLoginToken } from "@/lib/auth/credentials";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { codeIn } from "@/lib/dev/mailbox";
import { hashPassword } from "@/lib/security/passwords";
import { openApiDocument } from "@/lib/http/openapi";
import { useFlowDatabase, insertAccount } from "./db";
import { registerSoftPasskey } from "./soft-authenticator";

/**
 * The OpenAPI document against real answers: every documented operation is called through its
 * route handler, and each answer's body is validated (ajv, JSON Schema 2020-12 with formats)
 * against the schema the document gives for that status. Auth.js is a stand-in that consumes the
 * login token, as its credentials provider does.
 */
vi.mock("@/lib/auth", () => ({
  auth: async () => null,
  signIn: async (_p: string, opts: { loginToken: string }) => {
    if (!(await consumeLoginToken(opts.loginToken))) throw new Error("CredentialsSignin");
  },
}));

const flowStartRoute = await import("@/app/api/flows/[flow]/route");
const flowRoute = await import("@/app/api/flows/[flow]/[id]/route");
const signInRoute = await import("@/app/api/sign-in/route");
const passkeyOptionsRoute = await import("@/app/api/sign-in/passkey/options/route");
const passkeySignInRoute = await import("@/app/api/sign-in/passkey/route");
const sessionRoute = await import("@/app/api/session/route");
const unsubscribeRoute = await import("@/app/api/newsletter/unsubscribe/route");
const openApiRoute = await import("@/app/api/openapi.json/route");

const database = useFlowDatabase();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...openApiDocument, $id: "openapi" });

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
const paths = (openApiDocument as unknown as Doc).paths;
const checked = new Set<string>();
const pointer = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

/** Validate one real answer against the document; returns the parsed body. */
async function conforms(path: string, method: string, response: Response): Promise<any> {
  const status = String(response.status);
  const documented = paths[path]?.[method]?.responses[status];
  expect(documented, `${method.toUpperCase()} ${path} answered ${status}, which the document does not list`).toBeDefined();
  checked.add(`${method} ${path}`);
  const type = (response.headers.get("content-type") ?? "").split(";")[0];
  if (!documented!.content) return undefined;
  expect(Object.keys(documented!.content)).toContain(type);
  const body = type === "application/json" ? await response.json() : await response.text();
  const validate = ajv.getSchema(`openapi#/paths/${pointer(path)}/${method}/responses/${status}/content/${pointer(type)}/schema`)!;
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  return body;
}

const json = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://gatehouse.test${url}`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.40", ...headers }, body: JSON.stringify(body) });
const flowParams = (flow: string, id?: string) => ({ params: Promise.resolve({ flow, ...(id ? { id } : {}) }) }) as { params: Promise<{ flow: string; id: string }> };

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1, served as JSON, and a valid schema set", async () => {
    const body = await conforms("/api/openapi.json", "get", openApiRoute.GET());
    expect(body.openapi).toBe("3.1.0");
    expect(ajv.getSchema("openapi#/components/schemas/Step")).toBeDefined();
  });

  it("describes the flow operations' real answers", async () => {
    const started = await conforms("/api/flows/{flow}", "post", await flowStartRoute.POST(json("/api/flows/user-registration", {}), flowParams("user-registration")));
    await conforms("/api/flows/{flow}", "post", await flowStartRoute.POST(json("/api/flows/contact-change", {}), flowParams("contact-change")));
    const { id } = started.flow;
    const auth = { authorization: `Bearer ${started.token}` };
    const url = `/api/flows/user-registration/${id}`;
    const shown = new Request(`http://gatehouse.test${url}`, { headers: auth });
    await conforms("/api/flows/{flow}/{id}", "get", await flowRoute.GET(shown, flowParams("user-registration", id)));
    await conforms("/api/flows/{flow}/{id}", "get", await flowRoute.GET(new Request(`http://gatehouse.test${url}`), flowParams("user-registration", id)));
    const contact = await conforms("/api/flows/{flow}/{id}", "post", await flowRoute.POST(json(url, { revision: 0, fields: { country: "US" } }, auth), flowParams("user-registration", id)));
    expect(contact.flow.fields.some((f: { kind: string }) => f.kind === "captcha")).toBe(true);
    await conforms("/api/flows/{flow}/{id}", "post", await flowRoute.POST(json(url, { revision: 0, fields: { country: "US" } }, auth), flowParams("user-registration", id)));
    await conforms("/api/flows/{flow}/{id}", "post", await flowRoute.POST(json(url, { revision: "x" }, auth), flowParams("user-registration", id)));
    const refused = await conforms(
      "/api/flows/{flow}/{id}",
      "post",
      await flowRoute.POST(json(url, { revision: 1, fields: { email: "not-an-email" } }, auth), flowParams("user-registration", id)),
    );
    expect(refused.errors.length).toBeGreaterThan(0);
  });

  it("describes the sign-in and session answers, through to a completed sign-in check", async () => {
    const password = "Openapi-Passw0rd-1";
    const [u] = await database()
      .insert(users)
      .values({ username: "openapi_user", usernameLower: "openapi_user", email: "openapi@example.com", emailLower: "openapi@example.com", country: "US", passwordHash: await hashPassword(password) })
      .returning();
    await conforms("/api/sign-in", "post", await signInRoute.POST(json("/api/sign-in", { identifier: u.username, password: "wrong" })));
    await conforms("/api/sign-in", "post", await signInRoute.POST(json("/api/sign-in", { identifier: u.username })));
    await conforms("/api/sign-in", "post", await signInRoute.POST(new Request("http://gatehouse.test/api/sign-in", { method: "POST", body: "a=b" })));
    await conforms("/api/sign-in", "post", await signInRoute.POST(json("/api/sign-in", { identifier: u.username, password }, { "sec-fetch-site": "cross-site" })));
    const check = await conforms("/api/sign-in", "post", await signInRoute.POST(json("/api/sign-in", { identifier: u.username, password })));
    expect(check.status).toBe("check");

    await dispatchDue(database());
    const [m] = await database().select().from(mailbox).where(eq(mailbox.recipient, u.email!)).orderBy(sql`id desc`).limit(1);
    const url = `/api/flows/sign-in-check/${check.flow.id}`;
    const done = await conforms(
      "/api/flows/{flow}/{id}",
      "post",
      await flowRoute.POST(json(url, { revision: check.flow.revision, fields: { code: codeIn(m.text), trustDevice: true } }, { authorization: `Bearer ${check.token}` }), flowParams("sign-in-check", check.flow.id)),
    );
    expect(done.loginToken).toEqual(expect.any(String));
    const signedIn = await conforms("/api/sign-in", "post", await signInRoute.POST(json("/api/sign-in", { identifier: u.username, password, deviceToken: check.deviceToken })));
    expect(signedIn.status).toBe("signed_in");

    await conforms("/api/session", "post", await sessionRoute.POST(json("/api/session", { loginToken: done.loginToken })));
    await conforms("/api/session", "post", await sessionRoute.POST(json("/api/session", { loginToken: done.loginToken })));
    await conforms("/api/session", "post", await sessionRoute.POST(json("/api/session", { token: 1 })));
    await conforms("/api/session", "post", await sessionRoute.POST(new Request("http://gatehouse.test/api/session", { method: "POST", body: "x" })));
    await conforms("/api/session", "get", await sessionRoute.GET());
  });

  it("describes the passkey sign-in answers, with a real assertion", async () => {
    const u = await insertAccount(database(), "openapi_passkey", "Openapi-Passkey-Passw0rd-1");
    const authenticator = await registerSoftPasskey(u.id);
    const optionsUrl = "/api/sign-in/passkey/options";
    const started = await conforms(optionsUrl, "post", await passkeyOptionsRoute.POST(json(optionsUrl, {})));
    await conforms(optionsUrl, "post", await passkeyOptionsRoute.POST(json(optionsUrl, [1])));
    await conforms(optionsUrl, "post", await passkeyOptionsRoute.POST(json(optionsUrl, {}, { "sec-fetch-site": "cross-site" })));
    await conforms(optionsUrl, "post", await passkeyOptionsRoute.POST(new Request(`http://gatehouse.test${optionsUrl}`, { method: "POST", body: "a=b" })));

    const url = "/api/sign-in/passkey";
    const body = { challengeId: started.challengeId, response: authenticator.assert(started.options.challenge) };
    await conforms(url, "post", await passkeySignInRoute.POST(json(url, { challengeId: started.challengeId })));
    await conforms(url, "post", await passkeySignInRoute.POST(new Request(`http://gatehouse.test${url}`, { method: "POST", body: "x" })));
    await conforms(url, "post", await passkeySignInRoute.POST(json(url, body, { "sec-fetch-site": "cross-site" })));
    const signedIn = await conforms(url, "post", await passkeySignInRoute.POST(json(url, body)));
    expect(signedIn).toEqual({ status: "signed_in" });
    const used = await conforms(url, "post", await passkeySignInRoute.POST(json(url, body)));
    expect(used.error.code).toBe("challenge_expired");
  });

  it("describes the newsletter one-click answers", async () => {
    const form = (body: string) =>
      new Request("http://gatehouse.test/api/newsletter/unsubscribe?token=nope", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
    await conforms("/api/newsletter/unsubscribe", "post", await unsubscribeRoute.POST(form("List-Unsubscribe=One-Click")));
    await conforms("/api/newsletter/unsubscribe", "post", await unsubscribeRoute.POST(form("nothing")));
    await conforms("/api/newsletter/unsubscribe", "get", await unsubscribeRoute.GET(new Request("http://gatehouse.test/api/newsletter/unsubscribe?token=nope")));
  });

  afterAll(() => {
    // Every documented operation was called at least once above.
    const documented = Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect([...checked].sort()).toEqual(documented.sort());
  });
});
