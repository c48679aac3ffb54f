import { expect, test, type Page } from "@playwright/test";
import { clientHeaders, registerByEmail, signOut as signOutHere } from "./helpers";

/**
 * Passkeys in German, and the native apps' passkey sign-in (POST /api/sign-in/passkey/options, then
 * POST /api/sign-in/passkey) driven from a page with Chromium's virtual authenticator, as an app
 * associated with this site would. Opened on localhost: WebAuthn takes no IP address as RP ID.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
test.use({ extraHTTPHeaders: clientHeaders(), baseURL: `http://localhost:${PORT}` });

async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

async function signOut(page: Page) {
  await page.goto("/account");
  await signOutHere(page);
}

async function addPasskey(page: Page, name: string) {
  await page.goto("/account/security");
  await page.getByLabel("Passkey name").fill(name);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText(name, { exact: true })).toBeVisible();
}

test("the JSON API signs in with a passkey assertion, and refuses the same answer twice", async ({ page }) => {
  await virtualAuthenticator(page);
  await registerByEmail(page, "pkapi");
  await addPasskey(page, "App phone");
  await signOut(page);
  await page.goto("/help");
  const answers = await page.evaluate(async () => {
    const b64 = (buf: ArrayBuffer | null) => (buf ? btoa(String.fromCharCode(...new Uint8Array(buf))).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "") : undefined);
    const bytes = (s: string) => Uint8Array.from(atob(s.replaceAll("-", "+").replaceAll("_", "/")), (c) => c.charCodeAt(0));
    const post = async (url: string, body: unknown) => {
      const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: r.status, body: await r.json() };
    };
    const started = await post("/api/sign-in/passkey/options", {});
    const o = started.body.options;
    const credential = (await navigator.credentials.get({
      publicKey: { challenge: bytes(o.challenge), rpId: o.rpId, userVerification: o.userVerification, timeout: o.timeout },
    })) as PublicKeyCredential;
    const r = credential.response as AuthenticatorAssertionResponse;
    const body = {
      challengeId: started.body.challengeId,
      response: {
        id: credential.id,
        rawId: b64(credential.rawId),
        type: credential.type,
        response: { clientDataJSON: b64(r.clientDataJSON), authenticatorData: b64(r.authenticatorData), signature: b64(r.signature), userHandle: b64(r.userHandle) },
        clientExtensionResults: {},
      },
    };
    const first = await post("/api/sign-in/passkey", body);
    const again = await post("/api/sign-in/passkey", body);
    return { started: started.status, first, again };
  });
  expect(answers.started).toBe(200);
  expect(answers.first).toEqual({ status: 200, body: { status: "signed_in" } });
  expect(answers.again.status).toBe(401);
  expect(answers.again.body.error.code).toBe("challenge_expired");
  // The answer set the session cookie: My Account opens.
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});

test("the passkey words speak German", async ({ page, context }) => {
  await virtualAuthenticator(page);
  await registerByEmail(page, "pkde");
  await addPasskey(page, "Laptop");
  await context.addCookies([{ name: "gh_lang", value: "de", url: `http://localhost:${PORT}` }]);
  await page.goto("/account/security");
  await expect(page.getByText("Ihre Passkeys")).toBeVisible();
  await expect(page.getByText("noch nicht verwendet")).toBeVisible();
  await expect(page.getByLabel("Name des Passkeys")).toBeVisible();
  await expect(page.getByRole("button", { name: "Passkey hinzufügen" })).toBeVisible();
  await expect(page.getByLabel("Aktuelles Passwort, um Ihren letzten Passkey zu entfernen")).toBeVisible();
  await expect(page.getByRole("button", { name: "Passkey Laptop entfernen" })).toBeVisible();
});
