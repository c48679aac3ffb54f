import { expect, test } from "@playwright/test";
import { PASSWORD, clientHeaders, readMailbox, registerByEmail, signIn } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

test("Security lists sessions, signs out the others, and changes the password", async ({ page, browser }) => {
  const { email, username } = await registerByEmail(page, "sec");
  const other = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const second = await other.newPage();
  await signIn(second, username, PASSWORD, { inbox: email });
  await expect(second.getByRole("heading", { name: "My Account" })).toBeVisible();

  await page.getByRole("link", { name: "Security" }).click();
  await expect(page.getByRole("heading", { name: "Sessions" })).toBeVisible();
  await expect(page.getByText("This device", { exact: true })).toHaveCount(1);
  await expect(page.getByRole("button", { name: /^Sign out .*last seen/ })).toHaveCount(1);
  await page.getByRole("button", { name: "Sign out other sessions" }).click();
  await expect(page.getByText("Every other session was signed out.")).toBeVisible();
  await second.goto("/account");
  await expect(second).toHaveURL(/\/login/);

  await page.getByLabel("Current Password").fill("Not-The-Password-1");
  await page.getByLabel("New Password", { exact: true }).fill("Changed-Passw0rd-9");
  await page.getByLabel("Confirm Password").fill("Changed-Passw0rd-9");
  await page.getByRole("button", { name: "Change Password" }).click();
  await expect(page.getByText("The current password is not right.")).toBeVisible();
  await page.getByLabel("Current Password").fill(PASSWORD);
  await page.getByLabel("New Password", { exact: true }).fill("Changed-Passw0rd-9");
  await page.getByLabel("Confirm Password").fill("Changed-Passw0rd-9");
  await page.getByRole("button", { name: "Change Password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();
  expect(await readMailbox(page, email, /Your password was changed/)).toContain("signed out");
  await signIn(second, username, "Changed-Passw0rd-9", { inbox: email });
  await expect(second.getByRole("heading", { name: "My Account" })).toBeVisible();
  await other.close();
});
