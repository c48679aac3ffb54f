import { expect, test, type Page } from "@playwright/test";
import { CAPTCHA, PASSWORD, clientHeaders, enterCode, readCode, registerByEmail, signIn, signOut, unique } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

async function recover(page: Page, email: string, newPassword: string) {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot Password" }).click();
  await expect(page.getByRole("heading", { name: "Forgot Password" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Verification Code", { exact: true }).fill(CAPTCHA);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
  await enterCode(page, await readCode(page, email));
  await page.getByLabel("New Password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm Password").fill(newPassword);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Password changed" })).toBeVisible();
}

test("Forgot Password resets the password and ends the session open in another browser", async ({ page, browser }) => {
  const { email, username } = await registerByEmail(page);
  const other = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const recoveryPage = await other.newPage();
  const newPassword = "Brand-New-Passw0rd";
  await recover(recoveryPage, email, newPassword);

  // The first browser's session ended with the reset.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, username, PASSWORD);
  await expect(page.getByText("The user name, email, phone number or password is incorrect.")).toBeVisible();
  await signIn(page, username, newPassword, { inbox: email });
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await other.close();
});

test("Forgot Password shows the same screens for an address without an account", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(unique("ghost").email);
  await page.getByLabel("Verification Code", { exact: true }).fill(CAPTCHA);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
  await enterCode(page, "123456");
  await expect(page.getByText(/That code is not right/)).toBeVisible();
});

test("@nojs Forgot Password works with JavaScript disabled", async ({ page }) => {
  const { email, username } = await registerByEmail(page);
  await signOut(page);
  await recover(page, email, "Another-Passw0rd-3");
  await signIn(page, username, "Another-Passw0rd-3", { inbox: email });
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});

test("five wrong passwords lock the account with the wait shown; Forgot Password opens it again", async ({ page }) => {
  const { email, username } = await registerByEmail(page, "locked");
  await page.getByRole("button", { name: "Sign Out" }).click();
  for (let i = 0; i < 4; i++) {
    await signIn(page, username, `Wrong-Passw0rd-${i}`);
    await expect(page.getByText("The user name, email, phone number or password is incorrect.")).toBeVisible();
  }
  await signIn(page, username, "Wrong-Passw0rd-4");
  await expect(page.getByText("Too many failed sign-ins for this account. Try again in 1 minute")).toBeVisible();
  await signIn(page, username, PASSWORD);
  await expect(page.getByText(/Too many failed sign-ins for this account/)).toBeVisible();
  await recover(page, email, "Unlocked-Passw0rd-5");
  await signIn(page, username, "Unlocked-Passw0rd-5", { inbox: email });
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});
