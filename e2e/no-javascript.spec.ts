import { expect, test } from "@playwright/test";
import { DEMO, chooseUsa, clientHeaders, signIn, submitPhone, enterCode, finish, moveClock, readCode, resetClock, signOut, submitEmail, unique } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });
test.afterEach(async ({ request }) => resetClock(request));

test("@nojs registration works with JavaScript disabled, on a phone-sized screen", async ({ page }) => {
  const { email, username } = unique("nojs");
  await chooseUsa(page);
  await submitEmail(page, email);
  await enterCode(page, "111111");
  await expect(page.getByText("That code is not right. 4 tries left.")).toBeVisible();
  await enterCode(page, await readCode(page, email));
  await finish(page, username, "weak");
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("User Name")).toHaveValue(username);
  await finish(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await expect(page.getByText("ready to add devices")).toBeVisible();
});

test("@nojs Resend waits for its cooldown without JavaScript too", async ({ page, request }) => {
  const { email } = unique("nojsresend");
  await chooseUsa(page);
  await submitEmail(page, email);
  const first = await readCode(page, email);
  await expect(page.getByRole("button", { name: /Resend \(\d+ s\)/ })).toBeDisabled();
  await moveClock(request, 61_000);
  await page.reload();
  await page.getByRole("button", { name: "Resend", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const second = await readCode(page, email);
  expect(second).not.toBe(first);
  await enterCode(page, first);
  await expect(page.getByText(/That code is not right/)).toBeVisible();
  await enterCode(page, second);
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
});

test("@nojs sign in and sign out with the demo account", async ({ page }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await signOut(page);
  await expect(page.getByText("You are signed out.")).toBeVisible();
});

test("@nojs a signed-out session stays dead even if its old cookie is replayed", async ({ page, context }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  const stolen = (await context.cookies()).filter((c) => c.name.includes("session-token"));
  expect(stolen).toHaveLength(1);
  await signOut(page);
  await expect(page.getByText("You are signed out.")).toBeVisible();
  // The JWT is still well-formed and unexpired; only the session row says it was revoked.
  await context.addCookies(stolen);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Login" })).toBeVisible();
});

test("@nojs registration by mobile phone works with JavaScript disabled", async ({ page }) => {
  const { username, phone } = unique("nojsphone");
  await chooseUsa(page);
  await submitPhone(page, phone.typed);
  await enterCode(page, await readCode(page, phone.e164));
  await finish(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});
