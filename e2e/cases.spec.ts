import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { AGENT, AGENT2, DEMO, clientHeaders, registerByEmail, signIn, submitSadpResetCase, submittedCaseNumber } from "./helpers";
import { pngBomb } from "../tests/png-bomb";

test.use({ extraHTTPHeaders: clientHeaders() });

async function labelJpeg(blur = 0): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="100%" height="100%" fill="white"/><rect x="30" y="30" width="1140" height="540" fill="none" stroke="black" stroke-width="6"/><text x="70" y="250" font-size="60" font-family="sans-serif">HIKVISION DS-2CD2143G2-I</text><text x="70" y="380" font-size="56" font-family="monospace">SerialNo: DS-2CD2143G2-I20231104AAWRJ</text></svg>`;
  const image = sharp(Buffer.from(svg));
  return (blur ? image.blur(blur) : image).jpeg().toBuffer();
}

/** Tools > Create Online Support Case > New Case > Reset Password > Device on LAN (SADP), then the steps. */
async function openCase(page: Page, opts: { blur?: number } = {}): Promise<string> {
  await page.getByRole("link", { name: "Tools" }).click();
  await page.getByRole("link", { name: "Create Online Support Case" }).click();
  await expect(page.getByRole("heading", { name: "New Case" })).toBeVisible();
  await page.getByRole("link", { name: "Reset Password" }).click();
  await page.getByRole("button", { name: "Device on LAN (SADP)" }).click();
  await expect(page.getByRole("heading", { name: "Device on LAN (SADP)" })).toBeVisible();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Photo of the device label" })).toBeVisible();
  await page.getByLabel("Label photo").setInputFiles({ name: "label.jpg", mimeType: "image/jpeg", buffer: await labelJpeg(opts.blur) });
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Confirm your case" })).toBeVisible();
  if (opts.blur) await expect(page.getByRole("status").filter({ hasText: /The photo looks blurry/ })).toBeVisible();
  await page.getByLabel(/Security commitment/).check();
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  return submittedCaseNumber(page);
}

async function agentPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const page = await context.newPage();
  await signIn(page, AGENT.username, AGENT.password);
  return page;
}

async function openOnDesk(agent: Page, caseNumber: string) {
  await agent.goto("/desk");
  await agent.getByLabel("Search").fill(caseNumber);
  await agent.getByRole("button", { name: "Apply" }).click();
  await agent.getByRole("link", { name: caseNumber }).click();
  await expect(agent.getByRole("heading", { name: new RegExp(`Case ${caseNumber}`) })).toBeVisible();
}

test("a customer opens a case, an agent approves it, the customer copies the code and resets the device password", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await registerByEmail(page, "case");
  const caseNumber = await openCase(page);
  const caseUrl = page.url().replace(/\?.*$/, "");

  const agent = await agentPage(browser);
  await openOnDesk(agent, caseNumber);
  await expect(agent.getByText("DS-2CD2143G2-I", { exact: false }).first()).toBeVisible();
  await expect(agent.getByRole("img", { name: /Label photo/ })).toBeVisible();
  await agent.getByRole("button", { name: "Rotate" }).click();
  await agent.getByRole("button", { name: "Claim" }).click();
  await expect(agent.getByText("You are now working on this case.")).toBeVisible();
  await agent.getByLabel("Text").fill("Label matches the scan.");
  await agent.getByRole("button", { name: "Add internal note" }).click();
  await expect(agent.getByText("Note added (agents only).")).toBeVisible();
  await agent.getByRole("button", { name: "Approve" }).click();
  await expect(agent.getByText("Approved.")).toBeVisible();
  // The agent never sees the code.
  await expect(agent.getByText(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/)).toHaveCount(0);
  await agent.context().close();

  await page.goto(caseUrl);
  await expect(page.getByText("Status: Approved")).toBeVisible();
  await expect(page.getByRole("link", { name: /Notifications, [1-9]\d* unread/ })).toBeVisible();
  await expect(page.getByText("Label matches the scan.")).toHaveCount(0); // internal
  const code = (await page.getByLabel("Reset code", { exact: true }).textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await page.getByRole("button", { name: "Copy" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  await page.getByLabel("New Device Password").fill("xAdmin-Pass9");
  await page.getByLabel("Confirm Password").fill("xAdmin-Pass9");
  await page.getByRole("button", { name: "OK" }).click();
  await expect(page.getByText('The password must not contain "admin" or "123".')).toBeVisible();
  await page.getByLabel("New Device Password").fill("Camera-Pass7");
  await page.getByLabel("Confirm Password").fill("Camera-Pass7");
  await page.getByRole("button", { name: "OK" }).click();
  await expect(page.getByText("The device accepted the new password.")).toBeVisible();
  await expect(page.getByText("Status: Closed")).toBeVisible();
  await expect(page.getByText("New password applied to the device")).toBeVisible();
});

test("a rejected case says why and offers a new case; the blurry photo was flagged before submitting", async ({ page, browser }) => {
  await registerByEmail(page, "reject");
  const caseNumber = await openCase(page, { blur: 8 });
  const caseUrl = page.url().replace(/\?.*$/, "");
  const agent = await agentPage(browser);
  await openOnDesk(agent, caseNumber);
  await agent.getByLabel("Rejection reason").selectOption("blurry");
  await agent.getByRole("button", { name: "Reject" }).click();
  await expect(agent.getByText("Rejected. The customer was told why.")).toBeVisible();
  await agent.context().close();
  await page.goto(caseUrl);
  await expect(page.getByText("Status: Rejected")).toBeVisible();
  await expect(page.getByText("The photo is blurry: the serial number cannot be read.").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Open a new case" })).toBeVisible();
});

test("an agent who opens a case for their own device sees why they cannot decide it", async ({ page }) => {
  await signIn(page, AGENT2.username, AGENT2.password);
  const caseNumber = await openCase(page);
  await openOnDesk(page, caseNumber);
  await expect(page.getByText("You opened this case: another agent must decide")).toBeVisible();
  await expect(page.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Reject" })).toHaveCount(0);
  // Claiming is allowed; deciding still is not.
  await page.getByRole("button", { name: "Claim" }).click();
  await expect(page.getByText("You are now working on this case.")).toBeVisible();
  await expect(page.getByText("You opened this case: another agent must decide")).toBeVisible();
  await expect(page.getByRole("button", { name: /Approve/ })).toHaveCount(0);
});

test("customers cannot reach the desk, another account's case or its photo", async ({ page, browser }) => {
  await registerByEmail(page, "owner");
  await openCase(page);
  const caseUrl = page.url().replace(/\?.*$/, "");
  const other = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const stranger = await other.newPage();
  await signIn(stranger, DEMO.username, DEMO.password);
  for (const url of ["/desk", `/desk/cases/${caseUrl.split("/").pop()}`, "/desk/settings"]) {
    await stranger.goto(url);
    await expect(stranger).toHaveURL(/\/account\?forbidden=1/);
  }
  const res = await stranger.goto(caseUrl);
  expect(res?.status()).toBe(404);
  const photo = await stranger.request.get(`${caseUrl}/photo`);
  expect(photo.status()).toBe(404);
  const own = await page.request.get(`${caseUrl}/photo`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("image/jpeg");
  await other.close();
});

test("@nojs a customer opens a case with JavaScript off", async ({ page }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await page.goto("/tools/cases/new/reset");
  const caseNumber = await submitSadpResetCase(page, { name: "label.png", mimeType: "image/png", buffer: await sharp(await labelJpeg()).png().toBuffer() });
  await page.goto("/cases");
  await expect(page.getByRole("link", { name: new RegExp(`${caseNumber} · Reset Password`) })).toBeVisible();
});

test("@nojs a wrong file type gets a clear message, with JavaScript off", async ({ page }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await page.goto("/tools/cases/new/reset");
  await page.getByRole("button", { name: "Device on LAN (SADP)" }).click();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByLabel("Label photo").setInputFiles({ name: "label.jpg", mimeType: "image/jpeg", buffer: Buffer.from("GIF89a not really a jpeg") });
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("Upload a JPEG, PNG or WebP photo.")).toBeVisible();
});

test("@nojs a small photo with huge dimensions is refused for its pixels, with JavaScript off", async ({ page }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await page.goto("/tools/cases/new/reset");
  await page.getByRole("button", { name: "Device on LAN (SADP)" }).click();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByLabel("Label photo").setInputFiles({ name: "label.png", mimeType: "image/png", buffer: pngBomb(50_000, 50_000) });
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("The photo has too many pixels (more than 40 megapixels). Take it again at a lower resolution.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Photo of the device label" })).toBeVisible();
});
