import { expect, test } from "@playwright/test";
import { DEMO, chooseUsa, clientHeaders, enterCode, readCode, signIn, submitEmail, submitInstallerEmail, unique } from "./helpers";
import { expectAccessible } from "./axe";

test.use({ extraHTTPHeaders: clientHeaders() });

test("every step of the user registration wizard is accessible", async ({ page }) => {
  const { email } = unique("a11y");
  await page.goto("/register");
  await expectAccessible(page, "country");
  await page.goto("/register?region=America&confirm=US");
  await expectAccessible(page, "country dialog");
  await chooseUsa(page);
  await expectAccessible(page, "contact (email)");
  await page.getByRole("button", { name: "Mobile Phone Number" }).click();
  await expect(page.getByLabel("Country Code")).toBeVisible();
  await expectAccessible(page, "contact (phone)");
  await page.getByRole("button", { name: "Email", exact: true }).click();
  await page.getByLabel("Email").fill("not-an-email@");
  await page.getByLabel("Verification Code", { exact: true }).fill("WRONG");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectAccessible(page, "contact with errors");
  await submitEmail(page, email);
  await expectAccessible(page, "verification code");
  await enterCode(page, await readCode(page, email));
  await expectAccessible(page, "credentials");
  await page.goto("/help/verification-code");
  await expectAccessible(page, "help");
  await page.goto("/login");
  await expectAccessible(page, "login");
});

test("every step of the installer registration wizard is accessible", async ({ page }) => {
  const { email } = unique("a11yinst");
  await page.goto("/register/installer");
  await expectAccessible(page, "installer country");
  await page.goto("/register/installer?region=Europe&confirm=DE");
  await page.getByRole("dialog").getByRole("button", { name: "Ok" }).click();
  await expectAccessible(page, "installer email");
  await submitInstallerEmail(page, email);
  await expectAccessible(page, "installer code");
  await enterCode(page, await readCode(page, email));
  await page.getByLabel("Password", { exact: true }).fill("Tr4in-Station-2026");
  await expectAccessible(page, "installer password");
  await page.getByLabel("Confirm Password").fill("Tr4in-Station-2026");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectAccessible(page, "installer profile");
  await page.getByLabel("Name", { exact: true }).fill("Ana Silva");
  await page.getByLabel("Phone Number").fill("01511 2345678");
  await page.getByLabel("Company Name").fill("Silva Security");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectAccessible(page, "installer confirm");
});

test("the sign-in check and the Security page are accessible", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("User Name, Email or Phone Number").fill(DEMO.username);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign In", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
  await expectAccessible(page, "sign-in check");
  await page.getByLabel("Verification Code", { exact: true }).fill("000000");
  await page.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page.getByText(/That code is not right/)).toBeVisible();
  await expectAccessible(page, "sign-in check with an error");
  await signIn(page, DEMO.username, DEMO.password);
  await page.goto("/account/security");
  await expect(page.getByRole("heading", { name: "Trusted devices" })).toBeVisible();
  await expectAccessible(page, "security");
});
