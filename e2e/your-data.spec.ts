import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, clientHeaders, moveClock, registerByEmail, resetClock, signIn, signOut } from "./helpers";
import { expectAccessible } from "./axe";

test.use({ extraHTTPHeaders: clientHeaders() });
test.afterEach(async ({ request }) => resetClock(request));

const ADMIN = { username: "admin", password: "Gatehouse-Admin-2026" };
const DAY = 24 * 60 * 60_000;

async function askForDeletion(page: Page, password: string) {
  await page.goto("/account/data");
  await page.getByLabel("Password").fill(password);
  await page.getByLabel(/I understand that my account and its data will be deleted/).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
}

test("@nojs Download my data gives a JSON file with the account and no secrets", async ({ page }) => {
  const { email, username } = await registerByEmail(page, "export");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^gatehouse-data-${username}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const text = await readFile((await file.path())!, "utf8");
  const data = JSON.parse(text);
  expect(data.account).toMatchObject({ username, email });
  expect(data.consents[0]).toMatchObject({ kind: "terms_of_service" });
  expect(data.sessions.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/argon2|passwordHash|tokenHash/);
});

test("@nojs Delete my account: password required, admins see it pending, signing in cancels it", async ({ page }) => {
  const { email, username } = await registerByEmail(page, "keepme");
  await askForDeletion(page, "not-my-password-1");
  await expect(page.getByText("The password is not right.")).toBeVisible();
  await askForDeletion(page, PASSWORD);
  await expect(page.getByRole("heading", { name: "Your account will be deleted" })).toBeVisible();
  await expect(page.getByText(/Your account will be deleted on \d{4}-\d{2}-\d{2}/)).toBeVisible();
  // Signed out: My Account asks for a sign-in.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, ADMIN.username, ADMIN.password);
  await page.goto("/admin/deletions");
  await expect(page.getByRole("row", { name: new RegExp(username) })).toBeVisible();
  await signOut(page);

  await moveClock(page.request, 3 * DAY);
  await signIn(page, username, PASSWORD, { inbox: email });
  await page.goto("/account");
  await expect(page.getByText("You signed in, so your account will not be deleted.")).toBeVisible();
  await signOut(page);
  await moveClock(page.request, 12 * DAY);
  expect((await page.request.post("/dev/deletions")).ok()).toBe(true);
  await signIn(page, username, PASSWORD, { inbox: email });
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
});

test("@nojs after the grace period the account is erased: its sign-in fails and admins see only the pseudonym", async ({ page }) => {
  const { username } = await registerByEmail(page, "eraseme");
  await askForDeletion(page, PASSWORD);
  await expect(page.getByRole("heading", { name: "Your account will be deleted" })).toBeVisible();
  await moveClock(page.request, 14 * DAY + 60_000);
  const run = await page.request.post("/dev/deletions");
  expect((await run.json()).erased).toBeGreaterThanOrEqual(1);

  await page.goto("/login");
  await page.getByLabel("User Name, Email or Phone Number").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign In", exact: true }).click();
  await expect(page.getByText("The user name, email, phone number or password is incorrect.")).toBeVisible();

  await signIn(page, ADMIN.username, ADMIN.password);
  await page.goto("/admin/deletions");
  await expect(page.getByRole("heading", { name: "Recently deleted" })).toBeVisible();
  await expect(page.getByText(/deleted-[0-9a-f]{12}/).first()).toBeVisible();
  await expect(page.getByText(username)).toHaveCount(0);
});

test("@nojs only admins open the deletions page", async ({ page }) => {
  await registerByEmail(page, "notadmin");
  await page.goto("/admin/deletions");
  await expect(page).toHaveURL(/\/account\?forbidden=1/);
});

test("the Your data pages and the deletions page are accessible", async ({ page }) => {
  await registerByEmail(page, "a11ydata");
  // Right after registration My Account offers a passkey, which can be skipped.
  await expect(page.getByRole("link", { name: "Add a passkey" })).toBeVisible();
  await page.goto("/account/data");
  await expectAccessible(page, "your data");
  await page.getByLabel("Password").fill("not-my-password-1");
  await page.getByLabel(/I understand that my account and its data will be deleted/).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("The password is not right.")).toBeVisible();
  await expectAccessible(page, "your data with an error");
  await page.goto("/account/data/scheduled?until=2026-12-13T10:00:00.000Z");
  await expectAccessible(page, "deletion scheduled");
  await page.goto("/account");
  await signOut(page);
  await signIn(page, ADMIN.username, ADMIN.password);
  await page.goto("/admin/deletions");
  await expectAccessible(page, "admin deletions");
});
