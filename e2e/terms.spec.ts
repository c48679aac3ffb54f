import { expect, test } from "@playwright/test";
import { DEMO, clientHeaders, signIn } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

test("after an admin publishes new terms, a signed-in person must accept them before going on", async ({ page }) => {
  const version = `e2e-${Date.now().toString(36)}`;
  await signIn(page, "admin", "Gatehouse-Admin-2026");
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await page.goto("/admin/terms");
  await page.getByLabel("Version", { exact: true }).fill(version);
  await page.getByLabel("What changed").fill("Clearer words about support cases.");
  await page.getByRole("button", { name: "Publish new version" }).click();
  // The admin, too, accepts the new version before going on, and comes back to the admin page.
  await expect(page.getByRole("heading", { name: "We updated our terms" })).toBeVisible();
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page.getByRole("heading", { name: "Terms versions" })).toBeVisible();
  await expect(page.getByText(`${version} ·`)).toBeVisible();
  await page.getByRole("button", { name: "Sign Out" }).click();

  await signIn(page, DEMO.username, DEMO.password, { leaveTerms: true });
  await expect(page.getByRole("heading", { name: "We updated our terms" })).toBeVisible();
  await expect(page.getByText("Clearer words about support cases.")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/terms\/accept/);
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await page.goto("/terms");
  await expect(page.getByText(`Version ${version}`)).toBeVisible();
});

test("a person who is not an admin cannot open the terms admin page", async ({ page }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.goto("/admin/terms");
  await expect(page).not.toHaveURL(/\/admin\/terms/);
});

test("an admin issues installer authentication codes, shown once", async ({ page }) => {
  await signIn(page, "admin", "Gatehouse-Admin-2026");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.goto("/admin/auth-codes");
  if (await page.getByRole("heading", { name: "We updated our terms" }).isVisible()) {
    await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
    await page.getByRole("button", { name: "Accept and continue" }).click();
  }
  await page.getByLabel("How many codes").fill("2");
  await page.getByRole("button", { name: "Issue codes" }).click();
  const codes = page.getByRole("status").getByRole("listitem");
  await expect(codes).toHaveCount(2);
  for (const c of await codes.allTextContents()) expect(c).toMatch(/^\d{10}$/);
});
