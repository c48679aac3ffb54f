import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, clientHeaders, enterCode, moveClock, readCode, readMailbox, resetClock, signIn, submitInstallerEmail, unique } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });
test.afterEach(async ({ request }) => resetClock(request));

/** Sign-in page -> Register as an Installer -> every step up to the last one. */
async function upToLastStep(page: Page, email: string, phone: string) {
  await page.goto("/login");
  await page.getByRole("link", { name: "Register as an Installer" }).click();
  await expect(page.getByText("It cannot be changed after registration.")).toBeVisible();
  await page.getByRole("link", { name: "America", exact: true }).click();
  await page.getByRole("link", { name: "USA", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ok" }).click();
  await expect(page.getByRole("heading", { name: "Register as an Installer" })).toBeVisible();
  // No code goes out without the picture code.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Verification Code", { exact: true }).fill("ZZZZ");
  await page.getByRole("button", { name: "Get Verification Code" }).click();
  await expect(page.getByText("The characters did not match the picture")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await submitInstallerEmail(page, email);
  await expect(page.getByRole("button", { name: /Resend \(\d+ s\)/ })).toBeDisabled();
  await enterCode(page, await readCode(page, email));
  await expect(page.getByRole("heading", { name: "Create a password" })).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm Password").fill("short");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  const long = `${PASSWORD}-with-a-long-passphrase-of-more-than-sixty-four-characters!!`;
  expect(long.length).toBeGreaterThanOrEqual(64);
  await page.getByLabel("Password", { exact: true }).fill(long);
  await page.getByLabel("Confirm Password").fill(long);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "About you and your company" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Ana Silva");
  await expect(page.getByLabel("Country Code")).toHaveValue("+1");
  await page.getByLabel("Phone Number").fill(phone);
  await page.getByLabel("Company Name").fill("Silva Security");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByLabel("Authentication Code")).toBeVisible();
  return long;
}

async function verifyNowLink(page: Page, email: string) {
  const text = await readMailbox(page, email, /Verify Now/);
  return /(https?:\/\/\S+\/verify-email\?token=[\w-]+)/.exec(text)![1];
}

test("an installer admin registers with an authentication code and the newsletter, confirms with Verify Now and completes the company", async ({ page }) => {
  const { email, phone } = unique("installer");
  const password = await upToLastStep(page, email, phone.typed);

  await page.getByLabel("Authentication Code").fill("12345");
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("An authentication code has exactly 10 digits.")).toBeVisible();
  await page.getByLabel("Authentication Code").fill("9999999999");
  await page.getByLabel(/I would like to receive newsletters/).check();
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("This authentication code is not valid or was already used.")).toBeVisible();
  await expect(page.getByLabel("Authentication Code")).toHaveValue("");
  await expect(page.getByLabel("I agree to the Terms of Service and Privacy Policy")).toBeChecked();

  await page.getByLabel("Authentication Code").fill("1000000001");
  await page.getByLabel(/I would like to receive newsletters/).check();
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Confirm your email" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // Not confirmed yet: sign-in says so and offers a new email.
  await signIn(page, email, password);
  await expect(page.getByText("Your account is not confirmed yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Resend confirmation email" })).toBeVisible();

  await page.goto(await verifyNowLink(page, email));
  await expect(page).toHaveURL(/\/login\?confirm=confirmed/);
  await expect(page.getByText("Your account is confirmed. You can sign in now.")).toBeVisible();

  // The link works once.
  await page.goto(await verifyNowLink(page, email));
  await expect(page.getByText("That confirmation link is not valid or was already used.")).toBeVisible();

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/account\/company/);
  await expect(page.getByText("The country or region was set at registration and cannot be changed.")).toBeVisible();
  await expect(page.getByText("USA")).toBeVisible();
  await expect(page.getByText("Authenticated installer since")).toBeVisible();
  await expect(page.getByLabel("Company Name")).toHaveValue("Silva Security");
  await page.getByLabel("Address").fill("1 Main Street");
  await page.getByLabel("City").fill("Springfield");
  await page.getByLabel("Postal Code").fill("12345");
  await page.getByLabel("Website").fill("not a url");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter a web address starting with https://")).toBeVisible();
  await expect(page.getByLabel("Address")).toHaveValue("1 Main Street");
  await expect(page.getByLabel("Postal Code")).toHaveValue("12345");
  await page.getByLabel("Website").fill("https://silva.example");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Company information saved.")).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText("(authenticated installer)")).toBeVisible();
  expect(await readMailbox(page, email, /newsletter/i)).toBeTruthy();
});

test("an installer registers without a code, authenticates later, and an expired Verify Now link can be renewed", async ({ page, request }) => {
  const { email, phone } = unique("later");
  const password = await upToLastStep(page, email, phone.typed);
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Confirm your email" })).toBeVisible();

  const expired = await verifyNowLink(page, email);
  await moveClock(request, 25 * 60 * 60_000);
  await page.goto(expired);
  await expect(page.getByText("That confirmation link has expired.")).toBeVisible();
  await page.getByLabel("Email for the confirmation").fill(email);
  await page.getByRole("button", { name: "Resend confirmation email" }).click();
  await expect(page.getByText("a new confirmation email is on its way")).toBeVisible();
  let fresh = expired;
  for (let i = 0; i < 20 && fresh === expired; i++) fresh = await verifyNowLink(page, email);
  expect(fresh).not.toBe(expired);
  await page.goto(fresh);
  await expect(page.getByText("Your account is confirmed.")).toBeVisible();

  await signIn(page, email, password);
  await expect(page.getByText("Not authenticated yet.")).toBeVisible();
  await page.getByLabel("Authentication Code").fill("1000000001");
  await page.getByRole("button", { name: "Authenticate" }).click();
  await expect(page.getByText("This authentication code is not valid or was already used.")).toBeVisible();
  await page.getByLabel("Authentication Code").fill("1000000002");
  await page.getByRole("button", { name: "Authenticate" }).click();
  await expect(page.getByText("Your company is now an authenticated installer.")).toBeVisible();
});

test("@nojs installer registration works with JavaScript disabled", async ({ page }) => {
  const { email, phone } = unique("nojsinst");
  const password = await upToLastStep(page, email, phone.typed);
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Confirm your email" })).toBeVisible();
  await page.goto(await verifyNowLink(page, email));
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Company information" })).toBeVisible();
});
