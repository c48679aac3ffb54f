import { expect, test } from "@playwright/test";
import { PASSWORD, clientHeaders, readCode, readMailbox, registerByEmail, signIn, unique } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

test("changing the email: a code to the new one, a notice to the old one, and only the new one signs in", async ({ page }) => {
  const { email } = await registerByEmail(page, "mover");
  const next = unique("moved").email;
  await page.getByRole("link", { name: "Security" }).click();
  await page.getByRole("link", { name: "Change email or phone" }).click();
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("New Email").fill(next);
  await page.getByRole("button", { name: "Send Code" }).click();
  await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
  await page.getByLabel("Verification Code", { exact: true }).fill(await readCode(page, next));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { name: "Contact changed" })).toBeVisible();
  expect(await readMailbox(page, email, /Your email address was changed/)).toContain("no longer signs you in");

  await page.getByRole("button", { name: "Sign Out" }).click();
  await signIn(page, email, PASSWORD);
  await expect(page.getByText("The user name, email, phone number or password is incorrect.")).toBeVisible();
  await signIn(page, next, PASSWORD);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await expect(page.getByText(next)).toBeVisible();
});
