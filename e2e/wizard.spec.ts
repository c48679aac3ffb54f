import { expect, test, type Page } from "@playwright/test";
import { CAPTCHA, chooseUsa, clientHeaders, enterCode, readCode, submitEmail, unique } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

const indicator = (page: Page) => page.getByText(/^Step \d+ of \d+$/);

test("every wizard step says where it stands, from the flow definition", async ({ page }) => {
  const { email } = unique("steps");
  await page.goto("/register");
  await expect(indicator(page)).toHaveText("Step 1 of 4");
  await chooseUsa(page);
  await expect(indicator(page)).toHaveText("Step 2 of 4");
  // The phone variant of the contact step is the same step of the wizard.
  await page.getByRole("button", { name: "Mobile Phone Number" }).click();
  await expect(page.getByLabel("Country Code")).toHaveValue("+1");
  await expect(indicator(page)).toHaveText("Step 2 of 4");
  await page.getByRole("button", { name: "Email", exact: true }).click();
  await submitEmail(page, email);
  await expect(indicator(page)).toHaveText("Step 3 of 4");
  await enterCode(page, await readCode(page, email));
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expect(indicator(page)).toHaveText("Step 4 of 4");

  await page.goto("/register/installer");
  await expect(indicator(page)).toHaveText("Step 1 of 6");
  await page.goto("/forgot-password");
  await expect(indicator(page)).toHaveText("Step 1 of 3");
});

test("the JSON API gives the step's place as progress", async ({ request }) => {
  const started = await request.post("/api/flows/user-registration");
  const { flow, token } = await started.json();
  expect(flow.progress).toEqual({ step: 1, of: 4 });
  const r = await request.post(`/api/flows/user-registration/${flow.id}`, { headers: { authorization: `Bearer ${token}` }, data: { revision: 0, fields: { country: "US" } } });
  expect((await r.json()).flow.progress).toEqual({ step: 2, of: 4 });
});

test("a submit button shows it is working and cannot be pressed twice while the request runs", async ({ page }) => {
  const { email } = unique("busy");
  await chooseUsa(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the step's POST (the server action) until the button has been looked at.
  await page.route(/\/register\/[0-9a-f-]+$/, async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Verification Code", { exact: true }).fill(CAPTCHA);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  const working = page.getByRole("button", { name: "Working…" });
  await expect(working).toBeDisabled();
  await expect(working).toHaveAttribute("aria-busy", "true");
  // The other buttons of the form wait too.
  await expect(page.getByRole("button", { name: "Change Country/Region" })).toBeDisabled();
  release();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(/another window/)).toHaveCount(0);
});

test("country search filters as you type, knows common names and ranks names starting with the query first", async ({ page }) => {
  await page.goto("/register");
  const search = page.getByRole("searchbox").or(page.getByLabel("Search countries"));
  const list = page.getByRole("list", { name: "Countries" }).getByRole("link");
  await search.fill("Deutschland");
  await expect(list).toHaveText(["Germany"]);
  await search.fill("UK");
  await expect(list.first()).toHaveText("United Kingdom");
  await search.fill("America");
  await expect(list.first()).toHaveText("USA");
  await search.fill("Holland");
  await expect(list).toHaveText(["Netherlands"]);
  await search.fill("ger");
  await expect(list.first()).toHaveText("Germany");
  await expect(list).toContainText(["Germany", "Algeria", "Niger", "Nigeria"]);
  // Choosing from the filtered list asks to confirm that country.
  await search.fill("great brit");
  await list.first().click();
  await expect(page.getByRole("dialog")).toContainText('Sure to select "United Kingdom"?');
});

test("password fields can be shown and hidden", async ({ page }) => {
  const { email } = unique("showpw");
  await chooseUsa(page);
  await submitEmail(page, email);
  await enterCode(page, await readCode(page, email));
  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAttribute("type", "password");
  const toggle = page.getByRole("button", { name: "Show password" }).first();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(password).toHaveAttribute("type", "text");
  const hide = page.getByRole("button", { name: "Hide password" });
  await expect(hide).toHaveAttribute("aria-pressed", "true");
  await hide.click();
  await expect(password).toHaveAttribute("type", "password");
});

test("the first field has focus, and after a refused step the error summary has it", async ({ page }) => {
  const { email } = unique("focus");
  await chooseUsa(page);
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Verification Code", { exact: true }).fill("WRONG");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  // The summary names the field to fix and links to it; the field shows its message.
  const summary = page.getByRole("alert").filter({ has: page.getByRole("link", { name: "Verification Code" }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Verification Code" })).toHaveAttribute("href", "#field-captcha");
  await expect(page.getByText("did not match the picture")).toBeVisible();
  // The same refusal again moves focus back to the summary.
  await page.getByLabel("Verification Code", { exact: true }).fill("WRONG");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(summary).toBeFocused();
});

test("@nojs pressing Next twice answers the second press with the next step, not 'another window'", async ({ page }) => {
  const { email } = unique("twice");
  await chooseUsa(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Verification Code", { exact: true }).fill(CAPTCHA);
  // The form exactly as the browser would send it after a press of Next, sent twice in a row.
  const form = page.locator("form").filter({ has: page.getByLabel("Email") });
  const multipart: Record<string, string> = {};
  for (const input of await form.locator("input").all()) {
    const name = await input.getAttribute("name");
    const type = await input.getAttribute("type");
    if (!name || type === "submit" || type === "checkbox") continue;
    if (!(name in multipart)) multipart[name] = await input.inputValue();
  }
  multipart.intent = (await form.getByRole("button", { name: "Next", exact: true }).getAttribute("value"))!;
  const send = () => page.request.post(page.url(), { multipart, maxRedirects: 0, headers: { origin: new URL(page.url()).origin } });
  const first = await send();
  const second = await send();
  expect(first.status()).toBe(303);
  expect(second.status()).toBe(303);
  const location = second.headers().location;
  expect(location).not.toContain("notice=stale");
  await page.goto(location);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(/another window/)).toHaveCount(0);
});

test("@nojs without JavaScript the country search, tabs and password fields still work", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Search countries").fill("Deutschland");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("list", { name: "Countries" }).getByRole("link")).toHaveText(["Germany"]);
  await page.getByRole("link", { name: "Asia", exact: true }).click();
  await expect(page.getByRole("link", { name: "Japan", exact: true })).toBeVisible();
  await expect(page.getByText("Step 1 of 4")).toBeVisible();
});
