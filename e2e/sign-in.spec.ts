import { expect, test, type Page } from "@playwright/test";
import { DEMO, PASSWORD, chooseUsa, clientHeaders, enterCode, finish, lastMailId, openHeaderMenu, readCode, readMailbox, readNewCode, registerByEmail, signIn, submitPhone, unique } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

async function signOut(page: Page) {
  await openHeaderMenu(page);
  await page.getByRole("button", { name: "Sign Out", exact: true }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
}

async function enterPassword(page: Page, identifier: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("User Name, Email or Phone Number").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign In", exact: true }).click();
}

test("a new browser needs the emailed code; once trusted it does not; another browser still does", async ({ page, browser }) => {
  const { email, username } = await registerByEmail(page, "newdev");
  await signOut(page);

  const before = await lastMailId(page, email);
  await enterPassword(page, username);
  await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
  // Where it went (masked) and when it expires.
  const masked = `${email[0]}***@example.com`;
  await expect(page.getByText(new RegExp(`We sent a code to ${masked.replace(/[.*+]/g, "\\$&")}\\. It expires at \\d\\d:\\d\\d UTC`))).toBeVisible();
  await expect(page.getByRole("button", { name: /Resend Code/ })).toBeVisible();
  const code = await readNewCode(page, email, before);
  await page.getByLabel("Verification Code", { exact: true }).fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page.getByText("That code is not right. 4 tries left.")).toBeVisible();
  await page.getByLabel("Verification Code", { exact: true }).fill(code);
  await page.getByLabel("Trust this device").check();
  await page.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  expect(await readMailbox(page, email, /New sign-in to your account/)).toMatch(/Chrome on \w+, Network 203\.0\.x\.x/);

  // Trusted: the password alone signs in.
  await signOut(page);
  await enterPassword(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();

  // Security lists the trusted browser.
  await page.getByRole("link", { name: "Security" }).click();
  const devices = page.getByRole("region", { name: "Trusted devices" });
  await expect(devices.getByText("This device", { exact: true })).toBeVisible();

  // Another browser is new to the account.
  const other = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const second = await other.newPage();
  await enterPassword(second, username);
  await expect(second.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
  await other.close();

  // Removing the trust brings the code back on this browser.
  await devices.getByRole("button", { name: /^Remove / }).click();
  await expect(page.getByText("That device is no longer trusted.")).toBeVisible();
  await expect(page.getByText("No trusted devices.")).toBeVisible();
  await signOut(page);
  await enterPassword(page, username);
  await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
});

test("two-step verification asks even a trusted browser for a code; switching it off takes the password", async ({ page }) => {
  const { email, username } = await registerByEmail(page, "twostep");
  await signOut(page);
  await signIn(page, username, PASSWORD, { inbox: email, trust: true });
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Turn on two-step verification" }).click();
  await expect(page.getByText("Two-step verification is on: every sign-in needs a verification code.")).toBeVisible();

  await signOut(page);
  const before = await lastMailId(page, email);
  await enterPassword(page, username);
  await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
  await page.getByLabel("Verification Code", { exact: true }).fill(await readNewCode(page, email, before));
  await page.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();

  await page.goto("/account/security");
  await page.getByLabel("Current password to switch it off").fill("Not-The-Passw0rd-1");
  await page.getByRole("button", { name: "Turn off two-step verification" }).click();
  await expect(page.getByText("The current password is not right.")).toBeVisible();
  await page.getByLabel("Current password to switch it off").fill(PASSWORD);
  await page.getByRole("button", { name: "Turn off two-step verification" }).click();
  await expect(page.getByText("Two-step verification is off")).toBeVisible();
  await signOut(page);
  await enterPassword(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});

test("five wrong codes kill the code and lock the account, with the wait shown", async ({ page }) => {
  const { username } = await registerByEmail(page, "codelock");
  await signOut(page);
  await enterPassword(page, username);
  await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Verification Code", { exact: true }).fill(`00000${i}`);
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await expect(page.getByText(i < 4 ? `That code is not right. ${4 - i} ${4 - i === 1 ? "try" : "tries"} left.` : /Too many wrong codes/)).toBeVisible();
  }
  await enterPassword(page, username);
  await expect(page.getByText("Too many failed sign-ins for this account. Try again in 1 minute")).toBeVisible();
});

test("strangers' wrong passwords lock new browsers out, never the browser the owner trusts", async ({ page, browser }) => {
  const { email, username } = await registerByEmail(page, "trustlock");
  await signOut(page);
  await signIn(page, username, PASSWORD, { inbox: email, trust: true });
  await signOut(page);

  const strangerContext = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const stranger = await strangerContext.newPage();
  for (let i = 0; i < 4; i++) {
    await signIn(stranger, username, `Wrong-Passw0rd-${i}`);
    await expect(stranger.getByText("The user name, email, phone number or password is incorrect.")).toBeVisible();
  }
  await signIn(stranger, username, "Wrong-Passw0rd-4");
  await expect(stranger.getByText("Too many failed sign-ins for this account. Try again in 1 minute")).toBeVisible();
  // Even the right password waits from a browser the account does not trust.
  await signIn(stranger, username, PASSWORD);
  await expect(stranger.getByText(/Too many failed sign-ins for this account/)).toBeVisible();
  await strangerContext.close();

  // The owner's trusted browser signs straight in.
  await enterPassword(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});

test("@nojs a new browser signs in with the emailed code with JavaScript off", async ({ page }) => {
  await signIn(page, DEMO.username, DEMO.password, { trust: false });
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await signOut(page);
  // Not trusted: the next sign-in asks again.
  await enterPassword(page, DEMO.username, DEMO.password);
  await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
});

test("a phone number signs in as typed at home, (201) 555-…; a number the app cannot place names the international format", async ({ page }) => {
  const { username, phone } = unique("natl");
  await chooseUsa(page);
  await submitPhone(page, phone.typed);
  await enterCode(page, await readCode(page, phone.e164));
  await finish(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await signOut(page);

  // The national format of the account's own country, then the code by SMS.
  await signIn(page, phone.typed, PASSWORD, { inbox: phone.e164 });
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await signOut(page);

  // A number typed without its country code that matches no account of its country.
  await enterPassword(page, "06 12 34 56 78");
  await expect(page.getByText("If you typed a phone number, enter it in international format with its country code")).toBeVisible();
});
