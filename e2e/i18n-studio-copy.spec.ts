import { expect, test } from "@playwright/test";
import { EDITOR, clientHeaders, signIn } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

// A publish reaches new flows within the published-version cache (5 s per server process).
const CACHE_MS = 5_500;

/** Show the step editor in one language (a form: it works without JavaScript too). */
async function editIn(page: import("@playwright/test").Page, language: "English" | "Deutsch" | "Español") {
  await page.getByRole("radio", { name: language, exact: true }).check();
  await page.getByRole("button", { name: "Show this language" }).click();
  // The radio is checked at once; wait for the form of that language (its boxes say their language).
  const lang = { English: undefined, Deutsch: "de", Español: "es" }[language];
  if (lang) await expect(page.locator("#step-title")).toHaveAttribute("lang", lang);
  else await expect(page.locator("#step-title")).not.toHaveAttribute("lang");
}

test("an editor gives a changed text in German and Spanish: publishing is refused while a language misses it, then German and Spanish readers see theirs", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, EDITOR.username, EDITOR.password);
  await page.goto("/studio/password-recovery?step=identify");
  await expect(page.getByRole("heading", { name: "Step: identify" })).toBeVisible();
  const before = Number(/Published: version (\d+)/.exec((await page.getByText(/Published: version \d+/).textContent()) ?? "")?.[1]);

  // English, the source: a new title.
  await page.getByLabel("Title", { exact: true }).fill("Reset your password");
  await page.getByRole("button", { name: "Save step in draft" }).click();
  await expect(page.getByText("Saved in the draft.")).toBeVisible();

  // German: the new title has no German yet; the German label of the email field changes too.
  await editIn(page, "Deutsch");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("");
  await expect(page.getByText("English: Reset your password")).toBeVisible();
  const emailField = page.getByRole("group", { name: "Field email (email)" });
  await expect(emailField.getByLabel("Label", { exact: true })).toHaveValue("E-Mail");
  await page.getByLabel("Title", { exact: true }).fill("Passwort zurücksetzen");
  await emailField.getByLabel("Label", { exact: true }).fill("E-Mail-Adresse");
  await page.getByRole("button", { name: "Save step in draft" }).click();
  await expect(page.getByText("Saved in the draft.")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Passwort zurücksetzen");

  // Spanish still misses the changed text: publishing is refused, naming the step and the language.
  await page.getByLabel("Note").fill("Friendlier title");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const refused = page.getByRole("alert").filter({ hasText: "Not done:" });
  await expect(refused).toContainText("Step “Reset your password”: the Spanish text of “Reset your password” is missing.");
  await expect(refused).not.toContainText("German");
  await expect(refused.getByRole("link", { name: "Open the step (identify)" })).toBeVisible();
  await expect(page.getByText(/Published as version/)).toHaveCount(0);

  await editIn(page, "Español");
  await page.getByLabel("Title", { exact: true }).fill("Restablezca su contraseña");
  await page.getByRole("button", { name: "Save step in draft" }).click();
  await expect(page.getByText("Saved in the draft.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Not done:" })).toHaveCount(0);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Restablezca su contraseña");
  await page.getByLabel("Note").fill("Friendlier title");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Published as version \d+/)).toBeVisible();
  await editIn(page, "English");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Reset your password");
  await page.waitForTimeout(CACHE_MS);

  for (const [locale, title, label] of [
    ["de-DE", "Passwort zurücksetzen", "E-Mail-Adresse"],
    ["es-ES", "Restablezca su contraseña", "Correo electrónico"],
    ["en-US", "Reset your password", "Email"],
  ] as const) {
    const context = await browser.newContext({ locale, extraHTTPHeaders: clientHeaders() });
    const reader = await context.newPage();
    await reader.goto("/forgot-password");
    await expect(reader.getByRole("heading", { name: title })).toBeVisible();
    await expect(reader.getByLabel(label, { exact: true })).toBeVisible();
    await context.close();
  }

  // Back to the version before, so the other specs see the code's copy.
  await page.goto("/studio/password-recovery");
  await page.getByRole("region", { name: "History" }).getByRole("link", { name: `Roll back to version ${before}` }).click();
  await page.getByLabel(`I want to roll back to version ${before}`).check();
  await page.getByRole("button", { name: `Roll back to version ${before}` }).click();
  await expect(page.getByText(/Published as version \d+/)).toBeVisible();
  await page.waitForTimeout(CACHE_MS);
});
