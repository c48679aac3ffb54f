import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { AGENT, clientHeaders, registerByEmail, signIn, submitSadpResetCase } from "./helpers";

/** The support desk as agents work in it all day: full width, cards on phones, search, keyboard. */

test.use({ extraHTTPHeaders: clientHeaders() });
// Each test first registers a customer who opens cases through the real pages: allow for a busy machine.
test.describe.configure({ timeout: 180_000 });

const COLUMNS = ["Case", "Status", "Device serial", "Customer", "Waiting", "Time to first decision", "Assignee", "Claim"];

async function labelJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="100%" height="100%" fill="white"/><rect x="30" y="30" width="1140" height="540" fill="none" stroke="black" stroke-width="6"/><text x="70" y="250" font-size="60" font-family="sans-serif">HIKVISION DS-2CD2143G2-I</text><text x="70" y="380" font-size="44" font-family="monospace">SN: DS-2CD2143G2-I20231104AAWRJ12345678</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

/** As the signed-in customer: open a reset case for the first scanned device; returns its number. */
async function openCase(page: Page): Promise<string> {
  await page.goto("/tools/cases/new");
  await page.getByRole("link", { name: "Reset Password" }).click();
  return submitSadpResetCase(page, { name: "label.jpg", mimeType: "image/jpeg", buffer: await labelJpeg() });
}

async function customerWithCases(browser: Browser, count: number, javaScriptEnabled = true) {
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders(), javaScriptEnabled });
  const page = await context.newPage();
  const who = await registerByEmail(page, "desk");
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) numbers.push(await openCase(page));
  await context.close();
  return { ...who, numbers };
}

async function agentPage(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders(), viewport: { width, height: 800 } });
  const page = await context.newPage();
  await signIn(page, AGENT.username, AGENT.password);
  return page;
}

async function noSidewaysScroll(page: Page) {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(scroll, "the page scrolls sideways").toBeLessThanOrEqual(inner);
}

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error("not rendered");
  return b;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

/** The case page's panels must never cover each other. */
async function noPanelsOverlap(page: Page) {
  const regions = page.locator("main section, main header");
  const boxes = [];
  for (const r of await regions.all()) if (await r.isVisible()) boxes.push(await box(r));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `panels ${i} and ${j} overlap`).toBe(false);
}

async function expectAccessible(page: Page, where: string) {
  // The title is streamed with the page metadata: judge the page once it has arrived.
  await expect(page).toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the queue is a full-width table with every column at 1280 px and cards at 360 px", async ({ browser }) => {
  const { email, numbers } = await customerWithCases(browser, 1);
  const agent = await agentPage(browser, 1280);
  await agent.goto(`/desk?status=all&q=${encodeURIComponent(email)}`);
  const table = agent.getByRole("table");
  await expect(table).toBeVisible();
  for (const name of COLUMNS) {
    const header = agent.getByRole("columnheader", { name, exact: true });
    await expect(header, name).toBeVisible();
    const b = await box(header);
    expect(b.x + b.width, `${name} is off screen`).toBeLessThanOrEqual(1280);
  }
  // Full width: the table uses most of the window, not a reading column.
  expect((await box(table)).width).toBeGreaterThan(1100);
  await expect(agent.getByRole("button", { name: `Claim ${numbers[0]}` })).toBeVisible();
  await noSidewaysScroll(agent);
  await expectAccessible(agent, "desk queue 1280");

  await agent.setViewportSize({ width: 360, height: 800 });
  await agent.reload();
  await expect(agent.getByRole("table")).toBeHidden();
  const card = agent.getByRole("list", { name: "Cases" }).getByRole("listitem").filter({ hasText: numbers[0] });
  await expect(card).toBeVisible();
  await expect(card.getByText(email)).toBeVisible();
  await expect(card.getByRole("button", { name: `Claim ${numbers[0]}` })).toBeVisible();
  expect((await box(card)).width).toBeLessThanOrEqual(360);
  await noSidewaysScroll(agent);
  await expectAccessible(agent, "desk queue 360");
});

test("the case page puts the scanned device beside a large label photo at 1280 px and stacks them at 360 px", async ({ browser }) => {
  const { numbers } = await customerWithCases(browser, 1);
  const agent = await agentPage(browser, 1280);
  await agent.goto(`/desk?status=all&q=${numbers[0]}`);
  await agent.getByRole("link", { name: numbers[0] }).click();
  await expect(agent.getByRole("heading", { name: new RegExp(`Case ${numbers[0]}`) })).toBeVisible();
  const device = agent.getByRole("region", { name: "Device from the LAN scan" });
  const photo = agent.getByRole("region", { name: "Label photo" });
  await expect(device.getByText("DS-2CD2143G2-I20231104AAWRJ12345678")).toBeVisible();
  for (const term of ["Model", "Serial number", "MAC", "Firmware"]) await expect(device.getByText(term, { exact: true })).toBeVisible();
  await expect(photo.getByRole("img", { name: /Label photo/ })).toBeVisible();
  let d = await box(device);
  let p = await box(photo);
  expect(p.x, "photo beside the device").toBeGreaterThanOrEqual(d.x + d.width);
  expect(Math.abs(p.y - d.y)).toBeLessThan(5);
  expect(p.width, "a large photo").toBeGreaterThan(700);
  expect((await box(photo.getByRole("img", { name: /Label photo/ }))).width).toBeGreaterThan(600);
  await noSidewaysScroll(agent);
  await noPanelsOverlap(agent);

  // Zoom and rotate with the keyboard on the photo frame.
  const frame = photo.getByRole("group", { name: /Label photo/ });
  await frame.focus();
  await agent.keyboard.press("+");
  await agent.keyboard.press("r");
  await expect(photo.getByText("Zoom 150 percent, rotated 90 degrees")).toBeAttached();
  await noSidewaysScroll(agent);
  await noPanelsOverlap(agent);
  await expectAccessible(agent, "desk case 1280");

  await agent.setViewportSize({ width: 360, height: 800 });
  await agent.reload();
  d = await box(device);
  p = await box(photo);
  expect(p.y, "stacked: the photo under the device").toBeGreaterThanOrEqual(d.y + d.height);
  await noSidewaysScroll(agent);
  await noPanelsOverlap(agent);
  await expectAccessible(agent, "desk case 360");
});

test("an agent claims, steps through the queue and decides with the keyboard alone", async ({ browser }) => {
  const { email, numbers } = await customerWithCases(browser, 2);
  const agent = await agentPage(browser, 1280);
  await agent.goto("/desk");
  await agent.getByLabel("Search").focus();
  await agent.keyboard.type(email);
  await agent.keyboard.press("Enter");
  await expect(agent.getByRole("button", { name: `Claim ${numbers[0]}` })).toBeVisible();
  // Tab from the search box to the first case's Claim button.
  const claim = agent.getByRole("button", { name: `Claim ${numbers[0]}` });
  for (let i = 0; i < 20 && !(await claim.evaluate((el) => el === document.activeElement)); i++) await agent.keyboard.press("Tab");
  await expect(claim).toBeFocused();
  expect(await claim.evaluate((el) => getComputedStyle(el).outlineStyle), "a visible focus ring").not.toBe("none");
  await agent.keyboard.press("Enter");
  await expect(agent.getByRole("heading", { name: new RegExp(`Case ${numbers[0]} · In review`) })).toBeVisible();
  await expect(agent.getByText(/Keys:/)).toBeVisible();

  // Next case / Previous case follow the queue the agent came from (this customer's two cases).
  await expect(agent.getByText("Previous case: none")).toBeVisible();
  await agent.keyboard.press("j");
  await expect(agent.getByRole("heading", { name: new RegExp(`Case ${numbers[1]}`) })).toBeVisible();
  await expect(agent.getByText("Next case: none")).toBeVisible();
  await agent.keyboard.press("k");
  await expect(agent.getByRole("heading", { name: new RegExp(`Case ${numbers[0]}`) })).toBeVisible();

  // A approves: the key moves focus to Approve, Enter presses it.
  await agent.keyboard.press("a");
  await expect(agent.getByRole("button", { name: "Approve" })).toBeFocused();
  await agent.keyboard.press("Enter");
  await expect(agent.getByText("Approved.")).toBeVisible();

  // The Next case link is in the tab order too; on the second case, claim and reject from the keyboard.
  const next = agent.getByRole("link", { name: "Next case" });
  for (let i = 0; i < 30 && !(await next.evaluate((el) => el === document.activeElement)); i++) await agent.keyboard.press("Tab");
  await expect(next).toBeFocused();
  await agent.keyboard.press("Enter");
  await expect(agent.getByRole("heading", { name: new RegExp(`Case ${numbers[1]}`) })).toBeVisible();
  await agent.keyboard.press("c");
  await expect(agent.getByRole("button", { name: "Claim" })).toBeFocused();
  await agent.keyboard.press("Enter");
  await expect(agent.getByText("You are now working on this case.")).toBeVisible();
  await agent.keyboard.press("x");
  const reason = agent.getByLabel("Rejection reason");
  await expect(reason).toBeFocused();
  await agent.keyboard.press("ArrowDown");
  await expect(reason).not.toHaveValue("");
  await agent.keyboard.press("Tab");
  await agent.keyboard.press("Tab");
  await expect(agent.getByRole("button", { name: "Reject" })).toBeFocused();
  await agent.keyboard.press("Enter");
  await expect(agent.getByText("Rejected. The customer was told why.")).toBeVisible();
});

test("search finds a case by a serial's suffix, the customer's email or user name, and the case number", async ({ browser }) => {
  const { email, username, numbers } = await customerWithCases(browser, 1);
  const agent = await agentPage(browser, 1280);
  const [number] = numbers;
  const digits = number.slice(2);
  // Once through the form, as an agent types it: the end of DS-2CD2143G2-I20231104AAWRJ12345678, lower case.
  await agent.goto("/desk");
  await agent.getByLabel("Status").selectOption("all");
  await agent.getByLabel("Search").fill("awrj12345678");
  await agent.getByRole("button", { name: "Apply" }).click();
  await expect(agent.getByRole("cell", { name: "DS-2CD2143G2-I20231104AAWRJ12345678" }).first()).toBeVisible();
  const search = (q: string) => agent.goto(`/desk?status=all&q=${encodeURIComponent(q)}`);
  await search("2143G2-I2023"); // the middle
  await expect(agent.getByRole("cell", { name: "DS-2CD2143G2-I20231104AAWRJ12345678" }).first()).toBeVisible();
  await search(email.toUpperCase());
  await expect(agent.getByRole("link", { name: number })).toBeVisible();
  await expect(agent.getByRole("row")).toHaveCount(2);
  await search(username.toUpperCase());
  await expect(agent.getByRole("link", { name: number })).toBeVisible();
  await expect(agent.getByRole("row")).toHaveCount(2);
  for (const q of [number, digits, String(Number(digits)), `c${Number(digits)}`]) {
    await search(q);
    await expect(agent.getByRole("link", { name: number }), q).toBeVisible();
  }
  await search(`C-${Number(digits)}`);
  await expect(agent.getByRole("row")).toHaveCount(2);
});

test("@nojs without JavaScript an agent claims from a queue card, goes to the next case and approves", async ({ browser, page }) => {
  const { email, numbers } = await customerWithCases(browser, 2);
  await signIn(page, AGENT.username, AGENT.password);
  await page.goto(`/desk?q=${encodeURIComponent(email)}`);
  await page.getByRole("button", { name: `Claim ${numbers[0]}` }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Case ${numbers[0]} · In review`) })).toBeVisible();
  await page.getByRole("link", { name: "Next case" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Case ${numbers[1]}`) })).toBeVisible();
  await page.getByRole("button", { name: "Claim" }).click();
  await expect(page.getByText("You are now working on this case.")).toBeVisible();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Approved.")).toBeVisible();
  await page.getByRole("link", { name: "Previous case" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Case ${numbers[0]} · In review`) })).toBeVisible();
  await noSidewaysScroll(page);
});
