import { expect, test } from "@playwright/test";
import { CAPTCHA, clientHeaders, unique } from "./helpers";

// Every error in the reader's language (issue 15): a German browser's wrong code is told in German,
// and the JSON API answers a German request's errors in German with the same codes.
test.use({ extraHTTPHeaders: clientHeaders(), locale: "de-DE" });

test("a German registration with a wrong verification code is told so in German", async ({ page }) => {
  const { email } = unique("de-errors");
  await page.goto("/register");
  await page.getByRole("list", { name: "Länder" }).getByRole("link", { name: "Deutschland", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page.getByRole("heading", { name: "Registrieren" })).toBeVisible();

  await page.getByLabel("E-Mail", { exact: true }).fill(email);
  await page.getByLabel("Bestätigungscode", { exact: true }).fill(CAPTCHA.toLowerCase());
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Prüfen Sie Ihre E-Mails" })).toBeVisible();

  await page.getByLabel("Bestätigungscode", { exact: true }).fill("000000");
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByText("Dieser Code ist nicht richtig. Noch 4 Versuche.")).toBeVisible();
  await expect(page.getByText("That code is not right.")).toHaveCount(0);
});

test("the JSON API answers a German request's errors in German, codes unchanged", async ({ request }) => {
  const headers = { "accept-language": "de-DE,de;q=0.9" };
  const unknown = await request.post("/api/flows/nope", { headers, data: {} });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toEqual({ code: "unknown_flow", message: "Es gibt keinen öffentlichen Ablauf namens nope." });
  const session = await request.post("/api/session", { headers, data: {} });
  expect((await session.json()).error).toEqual({ code: "invalid_request", message: "Senden Sie JSON: { loginToken }." });
});
