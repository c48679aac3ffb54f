import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const CAPTCHA = "K7PX";
export const PASSWORD = "Tr4in-Station-9";

let n = 0;
/** A fresh address, US mobile number and user name per test run, so runs never collide. */
export function unique(prefix: string) {
  const tag = `${Date.now().toString(36)}${(++n).toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const line = String(Math.floor(Math.random() * 10_000)).padStart(4, "0");
  return {
    email: `${prefix}.${tag}@example.com`,
    username: `${prefix}_${tag}`.slice(0, 32),
    phone: { typed: `(201) 555-${line}`, e164: `+1201555${line}` },
  };
}

/** On the contact step: switch to Mobile Phone Number and send an SMS code. */
export async function submitPhone(page: Page, typed: string) {
  await page.getByRole("button", { name: "Mobile Phone Number" }).click();
  await expect(page.getByLabel("Country Code")).toHaveValue("+1");
  await page.getByLabel("Mobile Phone Number").fill(typed);
  await page.getByLabel("Verification Code", { exact: true }).fill(CAPTCHA);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Check your phone" })).toBeVisible();
}

/** A different client address for each test, so per-client limits never interfere. */
export function clientHeaders() {
  return { "x-forwarded-for": `203.0.113.${1 + Math.floor(Math.random() * 250)}` };
}

/** Country/Region: America tab, USA, confirm with Ok. */
export async function chooseUsa(page: Page) {
  await page.goto("/register");
  await page.getByRole("link", { name: "America", exact: true }).click();
  await page.getByRole("link", { name: "USA", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText('Sure to select "USA"?');
  await dialog.getByRole("button", { name: "Ok" }).click();
  await expect(page.getByRole("heading", { name: "Register" })).toBeVisible();
}

export async function submitEmail(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Verification Code", { exact: true }).fill(CAPTCHA.toLowerCase());
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** Read the newest message for `to` in the local mailbox, as a person would, in another tab. */
export async function readMailbox(page: Page, to: string, subject: RegExp): Promise<string> {
  const mailbox = await page.context().newPage();
  try {
    for (let i = 0; i < 40; i++) {
      await mailbox.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
      // Newest first: the first message whose subject matches.
      for (const article of await mailbox.getByRole("article").all()) {
        if (subject.test((await article.getByRole("heading").first().textContent()) ?? "")) return (await article.textContent()) ?? "";
      }
      await mailbox.waitForTimeout(250);
    }
    throw new Error(`No message matching ${subject} for ${to}`);
  } finally {
    await mailbox.close();
  }
}

export async function readCode(page: Page, to: string): Promise<string> {
  const text = await readMailbox(page, to, /verification code/i);
  return /is (\d{6})/.exec(text)![1];
}

export async function enterCode(page: Page, code: string) {
  await page.getByLabel("Verification Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Next", exact: true }).click();
}

export async function finish(page: Page, username: string, password = PASSWORD) {
  await page.getByLabel("User Name").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm Password").fill(password);
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
  await page.getByRole("button", { name: "Finish" }).click();
}

export async function moveClock(request: APIRequestContext, ms: number) {
  const res = await request.post("/dev/clock", { data: { advanceMs: ms } });
  expect(res.ok()).toBe(true);
}

export async function resetClock(request: APIRequestContext) {
  await request.post("/dev/clock", { data: { reset: true } });
}

export const DEMO = { username: "demo", password: "Gatehouse-Demo-2026" };

export async function signIn(page: Page, identifier: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("User Name or Email").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign In" }).click();
}

/** Register a fresh account by email through the wizard; ends signed in on My Account. */
export async function registerByEmail(page: Page, prefix = "user") {
  const { email, username } = unique(prefix);
  await chooseUsa(page);
  await submitEmail(page, email);
  await enterCode(page, await readCode(page, email));
  await finish(page, username);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  return { email, username };
}
