import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, clientHeaders, registerByEmail, signIn } from "./helpers";

// An English-speaking browser: whatever the pages say in another language comes from the account.
const ENGLISH = { locale: "en-US", extraHTTPHeaders: { ...clientHeaders(), "Accept-Language": "en-US,en;q=0.9" } };
test.use(ENGLISH);

/** Choose a language in My Account > Language (radio buttons and a save button: no JavaScript needed). */
async function chooseLanguage(page: Page, name: string, save: string) {
  await page.goto("/account");
  await page.getByRole("radio", { name, exact: true }).check();
  await page.getByRole("button", { name: save, exact: true }).click();
}

/** Sign Out from the header in German, at any width (behind "Menü" on small screens). */
async function signOutInGerman(page: Page) {
  const button = page.getByRole("button", { name: "Menü", exact: true });
  const summary = page.locator("header summary", { hasText: "Menü" });
  if (await button.isVisible()) await button.click();
  else if (await summary.isVisible()) await summary.click();
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await page.waitForURL((u) => u.pathname !== "/account");
}

test("@nojs My Account > Language: Deutsch is kept on the account and comes back at sign-in in a fresh browser", async ({ page, browser }) => {
  const { email, username } = await registerByEmail(page, "lang");
  const section = page.getByRole("region", { name: "Language" });
  await expect(section.getByText("Current language: English")).toBeVisible();

  await chooseLanguage(page, "Deutsch", "Save language");
  await expect(page.getByRole("heading", { name: "Mein Konto", level: 1 })).toBeVisible();
  await expect(page.getByText("Sprache gespeichert.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Sprache" }).getByText("Aktuelle Sprache: Deutsch")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Deutsch", exact: true })).toBeChecked();
  await expect(page.getByText("Benutzername", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Meine Daten herunterladen" })).toBeVisible();
  // The account's other pages speak German too.
  await page.goto("/account/security");
  await expect(page.getByRole("heading", { name: "Sitzungen" })).toBeVisible();
  await expect(page).toHaveTitle(/Sicherheit/);
  await expect(page.getByText(/Chrome auf (Linux|Android)/).first()).toBeVisible();
  await signOutInGerman(page);

  // Another browser that asks for English: the sign-in is in English until the account is known.
  const fresh = await browser.newContext({ ...ENGLISH, javaScriptEnabled: test.info().project.use.javaScriptEnabled ?? true });
  const other = await fresh.newPage();
  await signIn(other, username, PASSWORD, { inbox: email });
  await other.goto("/account");
  await expect(other.getByRole("heading", { name: "Mein Konto", level: 1 })).toBeVisible();
  await expect(other.getByText("Aktuelle Sprache: Deutsch")).toBeVisible();
  await fresh.close();
});

test("the account's language can be changed back, and Download my data includes it", async ({ page }) => {
  await registerByEmail(page, "langback");
  await chooseLanguage(page, "Español", "Save language");
  await expect(page.getByRole("heading", { name: "Mi cuenta", level: 1 })).toBeVisible();
  await expect(page.getByText("Idioma actual: Español")).toBeVisible();
  await page.goto("/tools");
  await expect(page.getByRole("heading", { name: "Herramientas" })).toBeVisible();

  await page.goto("/account");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar mis datos" }).click();
  const data = JSON.parse(await readFile((await (await downloading).path())!, "utf8"));
  expect(data.account.language).toBe("es");

  await chooseLanguage(page, "English", "Guardar idioma");
  await expect(page.getByRole("heading", { name: "My Account", level: 1 })).toBeVisible();
  await expect(page.getByText("Current language: English")).toBeVisible();
});
