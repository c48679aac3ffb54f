import { expect, test, type Page } from "@playwright/test";
import { clientHeaders } from "./helpers";

// Languages on the public pages (issue 15): the browser's Accept-Language chooses at first, the
// header's picker overrides it and the choice sticks (cookie gh_lang) until changed again.
test.use({ extraHTTPHeaders: clientHeaders() });

test.describe("a German browser", () => {
  test.use({ locale: "de-DE" });

  test("the sign-in page and the registration start speak German", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
    await expect(page).toHaveTitle(/Anmelden/);
    await expect(page.getByLabel("Benutzername, E-Mail-Adresse oder Telefonnummer")).toBeVisible();
    await expect(page.getByLabel("Passwort", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Passwort vergessen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Als Errichter registrieren" })).toBeVisible();

    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1, name: "Land/Region" })).toBeVisible();
    await expect(page.getByText("Wählen Sie das Land oder die Region")).toBeVisible();
    const regions = page.getByRole("navigation", { name: "Regionen" });
    for (const name of ["Europa", "Asien", "Amerika", "Afrika", "Ozeanien"]) await expect(regions.getByRole("link", { name, exact: true })).toBeVisible();
  });

  test("the country picker lists, finds and confirms countries by their German names", async ({ page }) => {
    await page.goto("/register");
    const list = page.getByRole("list", { name: "Länder" });
    await expect(list.getByRole("link", { name: "Deutschland", exact: true })).toBeVisible();
    await expect(list.getByRole("link", { name: "Österreich", exact: true })).toBeVisible();
    // Sorted as German sorts: Österreich among the O's, before Polen.
    const names = await list.getByRole("link").allTextContents();
    expect(names.indexOf("Österreich")).toBeLessThan(names.indexOf("Polen"));
    expect(names.indexOf("Österreich")).toBeGreaterThan(names.indexOf("Norwegen"));

    // The German name and the English one both find it.
    const search = page.getByLabel("Länder suchen");
    await search.fill("Vereinigte Staaten");
    await expect(list.getByRole("link", { name: "Vereinigte Staaten", exact: true })).toBeVisible();
    await search.fill("Germany");
    await expect(list.getByRole("link", { name: "Deutschland", exact: true })).toBeVisible();
    await list.getByRole("link", { name: "Deutschland", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("„Deutschland“ wirklich auswählen?");
    await expect(dialog.getByRole("heading", { name: "Land wählen" })).toBeVisible();
    await dialog.getByRole("link", { name: "Abbrechen" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });
});

/** The header's language picker: a disclosure (it opens without JavaScript) with a button per language. */
async function chooseLanguage(page: Page, language: "English" | "Deutsch" | "Español") {
  await page.locator("header summary").click();
  await page.locator("header").getByRole("button", { name: language, exact: true }).click();
}

async function pickerSwitchesAndSticks(page: Page) {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Login" })).toBeVisible();

  await chooseLanguage(page, "Español");
  // Back on the page it was chosen on, now in Spanish.
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
  await expect(page.getByLabel("Nombre de usuario, correo electrónico o número de teléfono")).toBeVisible();

  // The choice sticks across pages.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Sus dispositivos, una sola cuenta" })).toBeVisible();
  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1, name: "País/región" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Países" }).getByRole("link", { name: "Alemania", exact: true })).toBeVisible();
  await page.goto("/help/verification-code");
  await expect(page.getByRole("heading", { level: 1, name: "¿No recibió el código de verificación?" })).toBeVisible();

  await chooseLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1, name: "Didn't receive the verification code?" })).toBeVisible();
  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1, name: "Country/Region" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Countries" }).getByRole("link", { name: "Germany", exact: true })).toBeVisible();
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Login" })).toBeVisible();
}

test("the header picker switches a visitor from English to Spanish and back, and the choice sticks", async ({ page }) => {
  await pickerSwitchesAndSticks(page);
});

test("@nojs the header picker switches the language without JavaScript too", async ({ page }) => {
  await pickerSwitchesAndSticks(page);
});
