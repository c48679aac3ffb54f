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

test("Sessions, trusted devices and the New sign-in email never show an address the client wrote in X-Real-IP", async ({ page, browser }) => {
  const { email, username } = await registerByEmail(page, "addr");
  // A client talking to the server directly: an empty X-Forwarded-For, and the address it wants in X-Real-IP.
  const forger = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ",", "x-real-ip": "6.6.6.6" } });
  const second = await forger.newPage();
  await signIn(second, username, PASSWORD, { inbox: email });
  await expect(second.getByRole("heading", { name: "My Account" })).toBeVisible();

  const notice = await readMailbox(page, email, /New sign-in to your account/);
  expect(notice).toContain("address unknown");
  expect(notice).not.toContain("6.6.6.6");
  for (const p of [page, second]) {
    await p.goto("/account/security");
    await expect(p.getByRole("heading", { name: "Sessions" })).toBeVisible();
    await expect(p.getByRole("heading", { name: "Trusted devices" })).toBeVisible();
    await expect(p.getByText(/Network 203\.0\.x\.x \(203\.0\.113\.\d+\)/).first()).toBeVisible();
    await expect(p.getByText("6.6.6.6")).toHaveCount(0);
  }
  await forger.close();
});
