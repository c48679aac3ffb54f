import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, clientHeaders, registerByEmail, signOut as signOutHere } from "./helpers";

/** Sign Out from My Account (on Security, "Sign out other sessions" would match too). */
async function signOut(page: Page) {
  await page.goto("/account");
  await signOutHere(page);
}

/**
 * Passkeys with Chromium's virtual authenticator (CDP WebAuthn domain). WebAuthn takes no IP
 * address as relying party, so these pages are opened on localhost (the server accepts it for an
 * APP_URL on 127.0.0.1).
 */
test.use({ extraHTTPHeaders: clientHeaders(), baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3210)}` });

async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { cdp, authenticatorId };
}

async function addPasskey(page: Page, name: string) {
  await page.goto("/account/security");
  await page.getByLabel("Passkey name").fill(name);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Your passkey was added. You can sign in with it now.")).toBeVisible();
  await expect(page.getByText(name, { exact: true })).toBeVisible();
}

/**
 * Sign in with a passkey from the sign-in page. The page also asks for a passkey through autofill
 * (conditional UI), and Chromium's virtual authenticator may answer that at once, as a person picking
 * the passkey in the user name field would: then the sign-in is done (or refused) before any click.
 * Otherwise the button, once it is enabled.
 */
async function signInWithPasskey(page: Page) {
  await page.goto("/login");
  const button = page.getByRole("button", { name: "Sign in with a passkey" });
  await expect(async () => {
    if (!new URL(page.url()).pathname.startsWith("/login")) return;
    if (await page.getByRole("alert").filter({ hasText: /passkey/i }).count()) return;
    await button.click({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

test("a passkey is added on Security, signs in with no code, and shows when it was last used", async ({ page }) => {
  const { cdp, authenticatorId } = await virtualAuthenticator(page);
  await registerByEmail(page, "passkey");
  await addPasskey(page, "Test laptop");
  await expect(page.getByText("not used yet")).toBeVisible();
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0].isResidentCredential).toBe(true);

  await signOut(page);
  await signInWithPasskey(page);
  // No verification code step: straight to My Account.
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await page.goto("/account/security");
  await expect(page.getByText(/last used \d{4}-\d{2}-\d{2}/)).toBeVisible();
});

test("a removed passkey is refused, and removing the last one needs the password", async ({ page }) => {
  await virtualAuthenticator(page);
  await registerByEmail(page, "pkremove");
  await addPasskey(page, "Old phone");
  const password = page.getByLabel("Current password to remove your last passkey");
  await password.fill("not-the-password-1");
  await page.getByRole("button", { name: "Remove passkey Old phone" }).click();
  await expect(page.getByText("The password is not right.")).toBeVisible();
  await page.getByLabel("Current password to remove your last passkey").fill(PASSWORD);
  await page.getByRole("button", { name: "Remove passkey Old phone" }).click();
  await expect(page.getByText("The passkey was removed.")).toBeVisible();
  await expect(page.getByText("No passkeys yet.")).toBeVisible();

  await signOut(page);
  // The authenticator still holds the passkey; the server no longer knows it.
  await signInWithPasskey(page);
  await expect(page.getByText("That passkey is not registered with Gatehouse. Sign in with your password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a passkey answer naming another account is refused", async ({ page }) => {
  const { cdp, authenticatorId } = await virtualAuthenticator(page);
  await registerByEmail(page, "pkfirst");
  await addPasskey(page, "First laptop");
  const [first] = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
  await signOut(page);
  await registerByEmail(page, "pksecond");
  await addPasskey(page, "Second laptop");
  const second = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials.find((c) => c.credentialId !== first.credentialId)!;
  await signOut(page);
  // The first account's key, but claiming to be the second account's user.
  await cdp.send("WebAuthn.clearCredentials", { authenticatorId });
  await cdp.send("WebAuthn.addCredential", { authenticatorId, credential: { ...first, userHandle: second.userHandle } });
  await signInWithPasskey(page);
  await expect(page.getByText("That passkey belongs to another account.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a copied passkey whose counter went backwards is refused", async ({ page }) => {
  const { cdp, authenticatorId } = await virtualAuthenticator(page);
  await registerByEmail(page, "pkcounter");
  await addPasskey(page, "Cloned key");
  // A key that has signed many times. The sign-in page may ask twice (its autofill request and the
  // button), and every answer moves the authenticator's counter on, so the copy below must start far
  // enough behind that a second answer cannot overtake the server's counter.
  const [added] = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
  await cdp.send("WebAuthn.clearCredentials", { authenticatorId });
  await cdp.send("WebAuthn.addCredential", { authenticatorId, credential: { ...added, signCount: 100 } });
  await signOut(page);
  await signInWithPasskey(page);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await signOut(page);
  // A copy of the key made long before that sign-in: its counter is behind the server's.
  const [used] = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
  expect(used.signCount).toBeGreaterThan(100);
  await cdp.send("WebAuthn.clearCredentials", { authenticatorId });
  await cdp.send("WebAuthn.addCredential", { authenticatorId, credential: { ...used, signCount: 0 } });
  await signInWithPasskey(page);
  await expect(page.getByText(/its signature counter went backwards/)).toBeVisible();
});

test("Delete my account can be confirmed with a passkey instead of the password; the tick is still needed", async ({ page }) => {
  await virtualAuthenticator(page);
  await registerByEmail(page, "pkdelete");
  await addPasskey(page, "Phone");
  await page.goto("/account/data");
  const withPasskey = page.getByRole("button", { name: "Delete with a passkey instead" });
  await withPasskey.click();
  await expect(page.getByRole("alert").filter({ hasText: "Tick the box to confirm that you want your account deleted." })).toBeVisible();
  await expect(page).toHaveURL(/\/account\/data$/);
  await page.getByRole("checkbox").check();
  await withPasskey.click();
  await expect(page.getByRole("heading", { name: "Your account will be deleted" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
});
