import { expect, test } from "@playwright/test";
import { CAPTCHA, DEMO, PASSWORD, chooseUsa, signIn, submitPhone, clientHeaders, enterCode, finish, moveClock, readCode, readMailbox, resetClock, submitEmail, unique } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });
test.afterEach(async ({ request }) => resetClock(request));

test("a person registers by email, reading the code from the mailbox, and lands signed in on My Account", async ({ page }) => {
  const { email, username } = unique("web");
  await chooseUsa(page);
  await submitEmail(page, email);
  await expect(page.getByText(`We sent a verification code to ${email}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Didn't receive the verification code?" })).toBeVisible();

  await enterCode(page, "000000");
  await expect(page.getByText("That code is not right. 4 tries left.")).toBeVisible();

  await enterCode(page, await readCode(page, email));
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await finish(page, username);

  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await expect(page.getByText("Registered")).toBeVisible();
  await expect(page.getByText("ready to add devices")).toBeVisible();
  await expect(page.getByText(username)).toBeVisible();
  await expect(page.getByText("USA")).toBeVisible();
  expect(await readMailbox(page, email, /Welcome/)).toContain(username);

  // Sign out, then back in with the email address.
  await page.getByRole("button", { name: "Sign Out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email.toUpperCase(), PASSWORD);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});

test("a wrong password at sign-in gets one message that reveals nothing", async ({ page }) => {
  await signIn(page, DEMO.username, "Wrong-Password-1");
  await expect(page.getByText("The user name, email, phone number or password is incorrect.")).toBeVisible();
  await expect(page.getByLabel("User Name, Email or Phone Number")).toHaveValue("demo");
  await page.getByLabel("User Name, Email or Phone Number").fill("nobody_here");
  await page.getByLabel("Password").fill("Wrong-Password-1");
  await page.getByRole("button", { name: "Sign In", exact: true }).click();
  await expect(page.getByText("The user name, email, phone number or password is incorrect.")).toBeVisible();
});

test("the country list can be searched and the choice cancelled", async ({ page }) => {
  await page.goto("/register");
  await page.getByRole("searchbox").or(page.getByPlaceholder("Search countries")).fill("can");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Canada", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText('Sure to select "Canada"?');
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("a wrong picture code is refused, the email is kept and Refresh gives a new picture", async ({ page }) => {
  const { email } = unique("captcha");
  await chooseUsa(page);
  await page.getByLabel("Email").fill(email);
  const first = await page.getByRole("img", { name: /Picture code/ }).getAttribute("src");
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByRole("img", { name: /Picture code/ })).not.toHaveAttribute("src", first!);
  await page.getByLabel("Verification Code", { exact: true }).fill("ZZZZ");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("The characters did not match the picture")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Verification Code", { exact: true }).fill(CAPTCHA);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
});

test("an expired code is refused and Resend, after its cooldown, sends one that works", async ({ page, request }) => {
  const { email, username } = unique("expiry");
  await page.clock.install();
  await chooseUsa(page);
  await submitEmail(page, email);
  const oldCode = await readCode(page, email);

  const resend = page.getByRole("button", { name: /Resend/ });
  await expect(resend).toBeDisabled();
  await expect(resend).toHaveText(/Resend \(\d+ s\)/);

  await moveClock(request, 10 * 60_000);
  await enterCode(page, oldCode);
  await expect(page.getByText("This code has expired. Tap Resend to get a new one.")).toBeVisible();

  await page.clock.fastForward(61_000);
  await expect(resend).toBeEnabled();
  await expect(resend).toHaveText("Resend");
  await resend.click();
  await expect(page.getByRole("button", { name: /Resend \(\d+ s\)/ })).toBeDisabled();
  const newCode = await readCode(page, email);
  expect(newCode).not.toBe(oldCode);
  await enterCode(page, newCode);
  await finish(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});

test("a user name already taken and a weak password get clear messages, keeping what was typed", async ({ page }) => {
  const { email, username } = unique("rules");
  await chooseUsa(page);
  await submitEmail(page, email);
  await enterCode(page, await readCode(page, email));

  await finish(page, "DEMO");
  await expect(page.getByText("This user name is already taken. Choose another one.")).toBeVisible();
  await expect(page.getByLabel("User Name")).toHaveValue("DEMO");
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

  await finish(page, username, "password");
  await expect(page.getByText("Use at least three of: upper case letters, lower case letters, digits, special characters.")).toBeVisible();
  await finish(page, username, "Password123");
  await expect(page.getByText("This password is too common.")).toBeVisible();

  await page.getByLabel("User Name").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm Password").fill(PASSWORD + "x");
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByText("The passwords do not match.")).toBeVisible();

  await finish(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});

test("registering an address that has an account looks the same, and its owner is told", async ({ page }) => {
  await chooseUsa(page);
  await submitEmail(page, "demo@gatehouse.local");
  await expect(page.getByText("We sent a verification code to demo@gatehouse.local")).toBeVisible();
  const notice = await readMailbox(page, "demo@gatehouse.local", /Someone tried to register/);
  expect(notice).not.toMatch(/\b\d{6}\b/);
  await enterCode(page, "123456");
  await expect(page.getByText(/That code is not right/)).toBeVisible();
});

test("submitting the same step from two tabs: one wins, the other shows the fresh state", async ({ page }) => {
  const { email } = unique("tabs");
  await chooseUsa(page);
  await submitEmail(page, email);
  const code = await readCode(page, email);
  const second = await page.context().newPage();
  await second.goto(page.url());
  const third = await page.context().newPage();
  await third.goto(page.url());
  await enterCode(page, code);
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  // A different submission from the old screen is not applied: the fresh state, and why.
  await enterCode(second, code === "000000" ? "111111" : "000000");
  await expect(second.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expect(second.getByText("This step was already submitted in another window or tab.")).toBeVisible();
  // The very same submission again is a repeat: the step it led to, without the notice.
  await enterCode(third, code);
  await expect(third.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expect(third.getByText(/another window or tab/)).toHaveCount(0);
});

test("a person registers with a mobile phone number and an SMS code", async ({ page }) => {
  const { username, phone } = unique("phone");
  await chooseUsa(page);
  await page.getByRole("button", { name: "Mobile Phone Number" }).click();
  await page.getByLabel("Mobile Phone Number").fill("12345");
  await page.getByLabel("Verification Code", { exact: true }).fill(CAPTCHA);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("Enter a valid mobile phone number for USA.")).toBeVisible();
  await page.getByRole("button", { name: "Email" }).click();
  await expect(page.getByLabel("Email")).toBeVisible();
  await submitPhone(page, phone.typed);
  await expect(page.getByText(`We sent a verification code by SMS to ${phone.e164}`)).toBeVisible();
  await enterCode(page, await readCode(page, phone.e164));
  await finish(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await expect(page.getByText("+1 201 555")).toBeVisible();

  // The same number again, from a signed-out browser: the same screens, and the owner is told.
  await page.getByRole("button", { name: "Sign Out" }).click();
  await chooseUsa(page);
  await submitPhone(page, phone.typed);
  await expect(page.getByText(`We sent a verification code by SMS to ${phone.e164}`)).toBeVisible();
  const notice = await readMailbox(page, phone.e164, /Registration attempt/);
  expect(notice).toContain("Someone tried to register");
  expect(notice).not.toMatch(/\b\d{6}\b/);
});
