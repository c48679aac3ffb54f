import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { AGENT, EDITOR, clientHeaders, registerByEmail, signIn, submitSadpResetCase } from "./helpers";

/** The support desk and the flow studio in German, for a browser that asks for German (issue 15). */

test.use({ extraHTTPHeaders: clientHeaders(), locale: "de-DE" });
// A customer first registers and opens a case through the real pages: allow for a busy machine.
test.describe.configure({ timeout: 180_000 });

async function labelJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="100%" height="100%" fill="white"/><text x="70" y="250" font-size="60" font-family="sans-serif">HIKVISION DS-2CD2143G2-I</text><text x="70" y="380" font-size="44" font-family="monospace">SN: DS-2CD2143G2-I20231104AAWRJ12345678</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

/** An English-speaking customer opens a reset case; returns its number. */
async function customerCase(browser: Browser): Promise<string> {
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders(), locale: "en-US" });
  const page = await context.newPage();
  await registerByEmail(page, "deskde");
  await page.goto("/tools/cases/new");
  await page.getByRole("link", { name: "Reset Password" }).click();
  const number = await submitSadpResetCase(page, { name: "label.jpg", mimeType: "image/jpeg", buffer: await labelJpeg() });
  await context.close();
  return number;
}

/**
 * Sign in through the English sign-in pages (the helper reads their English labels), then let the
 * browser's German speak: the language cookie is dropped, so Accept-Language (de-DE) decides.
 */
async function signInThenGerman(page: Page, who: { username: string; password: string }) {
  await page.context().addCookies([{ name: "gh_lang", value: "en", url: test.info().project.use.baseURL ?? "http://127.0.0.1" }]);
  await signIn(page, who.username, who.password);
  await page.context().clearCookies({ name: "gh_lang" });
}

test("an agent whose browser speaks German works the queue and a case in German", async ({ browser, page }) => {
  const number = await customerCase(browser);
  await signInThenGerman(page, AGENT);

  await page.goto("/desk");
  await expect(page.getByRole("heading", { name: "Support-Desk", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/Support-Desk/);
  const filter = page.getByRole("search", { name: "Fälle filtern" });
  await expect(filter.getByLabel("Suche")).toBeVisible();
  await expect(filter.getByText("Fallnummer, ein Teil einer Seriennummer, Benutzername oder E-Mail des Kunden")).toBeVisible();
  await expect(filter.getByLabel("Status des Falls")).toBeVisible();
  await expect(filter.getByLabel("Zugewiesen")).toBeVisible();
  await expect(filter.getByLabel("Reihenfolge")).toBeVisible();
  await expect(filter.getByLabel("Status des Falls").locator("option:checked")).toHaveText("Offen (nicht entschieden)");

  // Find the customer's case and open it from the German table.
  await filter.getByLabel("Suche").fill(number);
  await filter.getByRole("button", { name: "Anwenden" }).click();
  const table = page.getByRole("table", { name: "Fälle" });
  for (const column of ["Fall", "Status des Falls", "Seriennummer des Geräts", "Kunde", "Wartet seit", "Zeit bis zur ersten Entscheidung", "Bearbeiter", "Übernehmen"]) {
    await expect(table.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  }
  const row = table.getByRole("row").filter({ hasText: number });
  await expect(row.getByRole("cell", { name: "Neu", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "noch nicht", exact: true })).toBeVisible();
  await row.getByRole("link", { name: number }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Fall ${number} · Neu`);
  await expect(page.getByText(/^Eröffnet am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} UTC von /)).toBeVisible();
  await expect(page.getByRole("link", { name: "Zurück zur Warteschlange" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gerät aus dem LAN-Scan" })).toBeVisible();
  const device = page.getByTestId("device-panel");
  for (const label of ["Modell", "Seriennummer", "MAC-Adresse", "Firmware-Version", "IP-Adresse", "Aktiviert", "Passwort-Zurücksetzung"]) {
    await expect(device.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Etikettenfoto" })).toBeVisible();
  await expect(page.getByRole("toolbar", { name: "Fotosteuerung" }).getByRole("button", { name: "Vergrößern" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Entscheiden" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Übernehmen" })).toBeVisible();
  await expect(page.getByLabel("Ablehnungsgrund")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Notizen und Nachrichten" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Interne Notiz hinzufügen" })).toBeVisible();
  await expect(page.locator("#desk-keys")).toHaveText("Tasten: J nächster Fall · K vorheriger Fall · C übernehmen · A freigeben · X ablehnen");

  // An action's result and the audit trail speak German too.
  await page.getByRole("button", { name: "Übernehmen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Fall ${number} · In Prüfung`);
  await expect(page.getByRole("list", { name: "Protokoll" }).getByText("übernommen", { exact: true })).toBeVisible();
});

test("an editor whose browser speaks German sees the flow studio's list in German", async ({ page }) => {
  await signInThenGerman(page, EDITOR);
  await page.goto("/studio");
  await expect(page.getByRole("heading", { name: "Flow-Studio", level: 1 })).toBeVisible();
  await expect(page.getByText("Alle Abläufe, ihre veröffentlichte Version, Entwürfe und wie viele Personen sie in den letzten 7 Tagen abgeschlossen haben.")).toBeVisible();
  const table = page.getByRole("table", { name: "Abläufe" });
  for (const column of ["Ablauf", "Veröffentlicht", "Entwurf", "Begonnen", "Abgeschlossen", "Quote"]) {
    await expect(table.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  }
  await expect(table.getByRole("row")).not.toHaveCount(1);
});
