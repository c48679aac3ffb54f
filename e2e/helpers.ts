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

/** The installer's email step: the address and the picture code, then Get Verification Code. */
export async function submitInstallerEmail(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Verification Code", { exact: true }).fill(CAPTCHA);
  await page.getByRole("button", { name: "Get Verification Code" }).click();
  await expect(page.getByRole("heading", { name: "Enter the Verification Code" })).toBeVisible();
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

/** The newest verification code `to` received, in whichever language the account speaks. */
export async function readCode(page: Page, to: string): Promise<string> {
  const text = await readMailbox(page, to, /verification code|Bestätigungscode|código de verificación/i);
  return /(?:is|lautet|es) (\d{6})/.exec(text)![1];
}

/**
 * The id of the newest message `to` has received so far (0 for none), to tell a new code from an
 * older one. (A count would stop growing once the mailbox page's 50-message window is full.)
 */
export async function lastMailId(page: Page, to: string): Promise<number> {
  const res = await page.request.get(`/dev/mailbox/latest?to=${encodeURIComponent(to)}`);
  const body = (await res.json()) as { message: { id: number } | null };
  return Number(body.message?.id ?? 0);
}

/** The code in the first message `to` receives after its newest was `before` (from lastMailId). */
export async function readNewCode(page: Page, to: string, before: number): Promise<string> {
  for (let i = 0; i < 40; i++) {
    if ((await lastMailId(page, to)) > before) return readCode(page, to);
    await page.waitForTimeout(250);
  }
  throw new Error(`No new code for ${to}`);
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

/** Where the seeded accounts get their codes. */
const DEMO_INBOXES: Record<string, string> = {
  demo: "demo@gatehouse.local",
  admin: "admin@gatehouse.local",
  agent: "agent@gatehouse.local",
  agent2: "agent2@gatehouse.local",
  editor: "editor@gatehouse.local",
};

export const EDITOR = { username: "editor", password: "Gatehouse-Editor-2026" };

export const AGENT = { username: "agent", password: "Gatehouse-Agent-2026" };
export const AGENT2 = { username: "agent2", password: "Gatehouse-Agent2-2026" };

/**
 * Sign in as a person would. When the browser is new to the account, the sign-in check asks for
 * the code sent to `inbox` (an email identifier is its own inbox); "Trust this device" is ticked
 * unless `trust` is false. Wrong passwords and locks end on the login page with their message.
 */
export async function signIn(
  page: Page,
  identifier: string,
  password: string,
  opts: { inbox?: string; trust?: boolean; /** Leave new terms waiting (default: accept them, as a person going on would). */ leaveTerms?: boolean } = {},
) {
  const inbox = opts.inbox ?? DEMO_INBOXES[identifier] ?? (identifier.includes("@") ? identifier.toLowerCase() : undefined);
  const before = inbox ? await lastMailId(page, inbox) : 0;
  await page.goto("/login");
  await page.getByLabel("User Name, Email or Phone Number").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign In", exact: true }).click();
  await page.waitForURL((u) => u.pathname !== "/login" || u.searchParams.has("error"));
  if (new URL(page.url()).pathname.startsWith("/login/check/")) {
    if (!inbox) throw new Error(`signIn(${identifier}): the sign-in check needs the account's inbox`);
    if (await page.getByRole("heading", { name: "Verify it's you" }).isVisible()) {
      await page.getByRole("button", { name: /^Email a code to/ }).click();
    }
    await expect(page.getByRole("heading", { name: "Enter the verification code" })).toBeVisible();
    await page.getByLabel("Verification Code", { exact: true }).fill(await readNewCode(page, inbox, before));
    if (opts.trust !== false) await page.getByLabel("Trust this device").check();
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  }
  // Terms published by an earlier test wait for every account: accept them and go on.
  if (!opts.leaveTerms && new URL(page.url()).pathname.startsWith("/terms/accept")) {
    await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
    await page.getByRole("button", { name: "Accept and continue" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/terms/accept"));
  }
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

/** Under 640 px the signed-in header's links and Sign Out sit behind "Menu" (a button, or <summary> without JavaScript): open it if so. */
export async function openHeaderMenu(page: Page) {
  const button = page.getByRole("button", { name: "Menu", exact: true });
  const summary = page.locator("header summary", { hasText: "Menu" });
  if (await button.isVisible()) {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  } else if (await summary.isVisible()) {
    if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
  }
}

/** Sign Out from the header, at any width. */
export async function signOut(page: Page) {
  await openHeaderMenu(page);
  await page.getByRole("button", { name: "Sign Out" }).click();
}

/** After Confirm in the support-case wizard: the number of the case the page says was submitted. */
export async function submittedCaseNumber(page: Page): Promise<string> {
  const submitted = page.getByText(/Case C-\d{6} was submitted/);
  await expect(submitted).toBeVisible();
  return /C-\d{6}/.exec((await submitted.textContent()) ?? "")![0];
}

/**
 * The reset-case wizard from its first step on: Device on LAN (SADP), the first scanned device,
 * `photo` as the label photo, the security commitment, Confirm. Returns the new case's number.
 */
export async function submitSadpResetCase(page: Page, photo: { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
  await page.getByRole("button", { name: "Device on LAN (SADP)" }).click();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByLabel("Label photo").setInputFiles(photo);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByLabel(/Security commitment/).check();
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  return submittedCaseNumber(page);
}
