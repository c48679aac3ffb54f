import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, clientHeaders, openHeaderMenu, readMailbox, signIn } from "./helpers";

const DEMO_EMAIL = "demo@gatehouse.local";

test.use({ extraHTTPHeaders: clientHeaders() });

/** The id of the newest message for the demo account (0 when none). */
async function latestMailId(request: APIRequestContext): Promise<number> {
  const res = await request.get(`/dev/mailbox/latest?to=${encodeURIComponent(DEMO_EMAIL)}`);
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { message: { id: number } | null };
  return body.message?.id ?? 0;
}

/** Wait until a message newer than `after` arrived (delivery is asynchronous), then read it in the mailbox. */
async function newMail(page: Page, request: APIRequestContext, after: number, subject: RegExp): Promise<string> {
  await expect.poll(() => latestMailId(request), { timeout: 15_000 }).toBeGreaterThan(after);
  return readMailbox(page, DEMO_EMAIL, subject);
}

const linkIn = (text: string, path: string) => {
  const m = new RegExp(`${path.replace(/[/?]/g, "\\$&")}\\?token=[\\w-]+`).exec(text);
  expect(m, `a ${path} link in: ${text}`).not.toBeNull();
  return m![0];
};

const newsletterSwitch = (page: Page) => page.getByLabel("Newsletter", { exact: true });
const newsletterState = (page: Page) => page.getByTestId("newsletter-state");

async function openAbout(page: Page) {
  await openHeaderMenu(page);
  await page.getByRole("link", { name: "About", exact: true }).click();
  await expect(page.getByRole("heading", { name: "About", exact: true })).toBeVisible();
}

async function save(page: Page) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
}

/** The demo account is shared by every test: start from "Not subscribed". */
async function startOff(page: Page) {
  await openAbout(page);
  if (await newsletterSwitch(page).isChecked()) {
    await newsletterSwitch(page).uncheck();
    await save(page);
  }
  await expect(newsletterState(page)).toHaveText("Not subscribed");
  await expect(newsletterSwitch(page)).not.toBeChecked();
}

/** Switch on and Save on Me > About; returns the confirmation email's text. */
async function switchOn(page: Page, request: APIRequestContext): Promise<string> {
  const before = await latestMailId(request);
  await newsletterSwitch(page).check();
  await save(page);
  await expect(page.getByText(`We sent a confirmation email to ${DEMO_EMAIL}.`)).toBeVisible();
  await expect(newsletterState(page)).toHaveText("Waiting for your confirmation");
  await expect(newsletterSwitch(page)).toBeChecked();
  return newMail(page, request, before, /Confirm your Gatehouse newsletter subscription/);
}

async function switchOff(page: Page) {
  await newsletterSwitch(page).uncheck();
  await save(page);
  await expect(page.getByText("You are unsubscribed from the newsletter.")).toBeVisible();
  await expect(newsletterState(page)).toHaveText("Not subscribed");
  await expect(newsletterSwitch(page)).not.toBeChecked();
}

/** Open the confirmation link and press the button; returns the "you are subscribed" email's text. */
async function confirmFromEmail(page: Page, request: APIRequestContext, confirmMail: string): Promise<string> {
  const before = await latestMailId(request);
  await page.goto(linkIn(confirmMail, "/newsletter/confirm"));
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByText("You are subscribed to the newsletter.")).toBeVisible();
  return newMail(page, request, before, /You are subscribed to the Gatehouse newsletter/);
}

test("Me > About: newsletter on, confirm from the email, unsubscribe from its link, then on and off again", async ({ page, request }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await openAbout(page);
  await expect(page.getByRole("main")).toContainText("User Name");
  await expect(page.getByRole("main")).toContainText(DEMO.username);
  await startOff(page);

  const confirmMail = await switchOn(page, request);
  const confirmLink = linkIn(confirmMail, "/newsletter/confirm");

  // Opening the link (what a mail scanner does) changes nothing: it only shows the button.
  await page.goto(confirmLink);
  await expect(page.getByRole("button", { name: "Confirm subscription" })).toBeVisible();
  await page.goto("/account/about");
  await expect(newsletterState(page)).toHaveText("Waiting for your confirmation");

  const subscribedMail = await confirmFromEmail(page, request, confirmMail);
  // The link works once.
  await page.goto(confirmLink);
  await expect(page.getByText("This confirmation link has already been used or is not valid.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm subscription" })).toHaveCount(0);

  // The subscribed email has the unsubscribe link and the RFC 8058 headers, shown under its subject.
  const unsubscribeLink = linkIn(subscribedMail, "/newsletter/unsubscribe");
  const token = unsubscribeLink.split("token=")[1];
  expect(subscribedMail).toMatch(new RegExp(`List-Unsubscribe: <http[^>]+/api/newsletter/unsubscribe\\?token=${token}>`));
  expect(subscribedMail).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

  await page.goto("/account/about");
  await expect(newsletterState(page)).toHaveText("Subscribed");
  await expect(newsletterSwitch(page)).toBeChecked();

  await page.goto(unsubscribeLink);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByText("You are unsubscribed.")).toBeVisible();
  await page.goto("/account/about");
  await expect(newsletterState(page)).toHaveText("Not subscribed");
  await expect(newsletterSwitch(page)).not.toBeChecked();

  // On again (a new double opt-in), then off from About.
  const secondConfirm = await switchOn(page, request);
  expect(linkIn(secondConfirm, "/newsletter/confirm")).not.toBe(confirmLink);
  await switchOff(page);
  // Switching off voids the confirmation link that was still outstanding.
  await page.goto(linkIn(secondConfirm, "/newsletter/confirm"));
  await expect(page.getByText("This confirmation link has already been used or is not valid.")).toBeVisible();
});

test("a mail app's one-click POST to the List-Unsubscribe URL unsubscribes", async ({ page, request }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await startOff(page);
  const subscribedMail = await confirmFromEmail(page, request, await switchOn(page, request));
  const headerUrl = /List-Unsubscribe: <([^>]+)>/.exec(subscribedMail)![1];

  // A GET (someone opening the URL) shows the page with the button and changes nothing.
  await page.goto(headerUrl);
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toBeVisible();
  expect((await request.post(headerUrl, { data: "" })).status()).toBe(400);
  await page.goto("/account/about");
  await expect(newsletterState(page)).toHaveText("Subscribed");

  const res = await request.post(headerUrl, { form: { "List-Unsubscribe": "One-Click" } });
  expect(res.status()).toBe(200);
  expect(await res.text()).toBe("You are unsubscribed.");
  await page.reload();
  await expect(newsletterState(page)).toHaveText("Not subscribed");

  const bogus = await request.post("/api/newsletter/unsubscribe?token=not-a-real-token-at-all-000", {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(bogus.status()).toBe(404);
  await page.goto("/newsletter/unsubscribe?token=not-a-real-token-at-all-000");
  await expect(page.getByText("This unsubscribe link is not valid.")).toBeVisible();
  await page.goto("/newsletter/confirm?token=bad");
  await expect(page.getByText("This confirmation link has already been used or is not valid.")).toBeVisible();
});

test("@nojs the newsletter switch on Me > About works without JavaScript", async ({ page, request }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await startOff(page);

  const confirmMail = await switchOn(page, request);
  await confirmFromEmail(page, request, confirmMail);
  await page.goto("/account/about");
  await expect(newsletterState(page)).toHaveText("Subscribed");
  await switchOff(page);

  // On again, confirmed, then the Unsubscribe button on the page the email links to (a plain form post).
  const subscribedMail = await confirmFromEmail(page, request, await switchOn(page, request));
  await page.goto(linkIn(subscribedMail, "/newsletter/unsubscribe"));
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByText("You are unsubscribed.")).toBeVisible();
  await page.goto("/account/about");
  await expect(newsletterState(page)).toHaveText("Not subscribed");

  await switchOn(page, request);
  await switchOff(page);
});

test("@nojs Me > About needs sign-in", async ({ page }) => {
  await page.goto("/account/about");
  await expect(page).toHaveURL(/\/login\?next=%2Faccount%2Fabout|\/login\?next=\/account\/about/);
  await expect(page.getByRole("heading", { name: "Login" })).toBeVisible();
});
