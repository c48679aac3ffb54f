import { expect, test, type Page } from "@playwright/test";
import { EDITOR, PASSWORD, clientHeaders, signIn } from "./helpers";

test.use({ extraHTTPHeaders: clientHeaders() });

async function discardDraft(page: Page, flow: string) {
  await page.goto(`/studio/${flow}`);
  const discard = page.getByRole("button", { name: "Discard draft" });
  if (await discard.count()) {
    await discard.click();
    await expect(page.getByText("The draft was discarded.")).toBeVisible();
  }
}

/** In Try it on user registration: Country/Region, contact and code, up to the credentials step. */
async function tryUpToCredentials(page: Page) {
  await page.goto("/studio/user-registration");
  await page.getByRole("button", { name: "Try it", exact: true }).click();
  await page.getByRole("link", { name: "America", exact: true }).click();
  await page.getByRole("link", { name: "USA", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ok" }).click();
  await page.getByLabel("Email").fill("try.end@example.com");
  await page.getByLabel("Verification Code", { exact: true }).fill("ANY");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.getByLabel("Verification Code", { exact: true }).fill("123456");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
}

async function fillCredentials(page: Page) {
  await page.getByLabel("User Name").fill("try_end_user");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm Password").fill(PASSWORD);
  await page.getByLabel("I agree to the Terms of Service and Privacy Policy").check();
}

test("the step editor follows the selected step: choosing another step shows and saves that step's own text", async ({ page }) => {
  await signIn(page, EDITOR.username, EDITOR.password);
  await page.goto("/studio/user-registration?step=contact");
  await expect(page.getByLabel("Help text")).toHaveValue("Enter your email address and the characters in the picture.");

  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Check your email" }).click();
  await expect(page.getByRole("heading", { name: "Step: verifyEmail" })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Check your email");
  await expect(page.getByLabel("Help text")).toHaveValue(/^We sent a verification code to \{target\}\./);
  await expect(page.getByLabel("Label", { exact: true })).toHaveValue("Verification Code");

  // Saving without touching anything keeps this step's text (it never takes the previous step's).
  await page.getByRole("button", { name: "Save step in draft" }).click();
  await expect(page.getByText("Saved in the draft.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Help text")).toHaveValue(/^We sent a verification code to \{target\}\./);
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Create your account" }).click();
  await expect(page.getByRole("heading", { name: "Step: credentials" })).toBeVisible();
  await expect(page.getByLabel("Help text")).toHaveValue("Choose a user name and a password.");
  await expect(page.getByLabel("Button text")).toHaveValue("Finish");
  await discardDraft(page, "user-registration");
});

test("Try it reaches the end of user registration; the editor chooses whether the user name is taken", async ({ page }) => {
  await signIn(page, EDITOR.username, EDITOR.password);
  await tryUpToCredentials(page);

  // The world's answer is the editor's choice: taken first, then free.
  const answers = page.getByRole("region", { name: "What the world answers" });
  await answers.getByLabel("The chosen name is").selectOption({ label: "already taken" });
  await answers.getByRole("button", { name: "Use these answers" }).click();
  // The page comes back with the answers in force; open it afresh so typing never races that refresh.
  await page.waitForLoadState("networkidle");
  await page.reload();
  await fillCredentials(page);
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByText("This user name is already taken. Choose another one.").first()).toBeVisible();

  await answers.getByLabel("The chosen name is").selectOption({ label: "free" });
  await answers.getByRole("button", { name: "Use these answers" }).click();
  // The page comes back with the answers in force; open it afresh so typing never races that refresh.
  await page.waitForLoadState("networkidle");
  await page.reload();
  await fillCredentials(page);
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByText("The flow finished.")).toBeVisible();
  await expect(page.getByText("would create the account try_end_user (try.end@example.com)")).toBeVisible();
});

test("a branch the step cannot decide is refused; Try it shows where each button of a step leads", async ({ page }) => {
  await signIn(page, EDITOR.username, EDITOR.password);
  await page.goto("/studio/user-registration?step=contact");
  const branches = page.getByRole("region", { name: /Branches of/ });
  await branches.getByLabel("On", { exact: true }).selectOption("SUBMIT_CONTACT");
  await branches.getByLabel(/When/).selectOption("usernameTaken");
  await branches.getByLabel("Go to").selectOption("country");
  await branches.getByRole("button", { name: "Add branch" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not done:" })).toContainText("cannot be decided");
  await expect(page.getByText("Saved in the draft.")).toHaveCount(0);

  // A branch the step can decide is kept, and read in the words of the screen.
  await page.goto("/studio/user-registration?step=credentials");
  await branches.getByLabel("On", { exact: true }).selectOption("SUBMIT_CREDENTIALS");
  await branches.getByLabel(/When/).selectOption("usernameTaken");
  await branches.getByLabel("Go to").selectOption("contact");
  await branches.getByRole("button", { name: "Add branch" }).click();
  await expect(page.getByText("Saved in the draft.")).toBeVisible();
  await expect(branches).toContainText("“Finish” when the user name is taken → Register (added in the studio)");

  await tryUpToCredentials(page);
  const routes = page.getByRole("region", { name: "Where this step leads" });
  await expect(routes).toContainText("“Finish” when the user name is taken → Register (added in the studio)");
  await expect(page.getByRole("region", { name: "What would happen" })).toContainText("“Next” → Check your email");
  await discardDraft(page, "user-registration");
});

test("roll back asks for confirmation, and the audit trail reads as sentences", async ({ page }) => {
  await signIn(page, EDITOR.username, EDITOR.password);
  await page.goto("/studio/contact-change");
  await page.getByRole("button", { name: "Start a draft" }).click();
  await page.getByLabel("Note").fill("Nothing changed");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Published as version (\d+)/)).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText(/editor published version \d+: Nothing changed/);
  await expect(history).not.toContainText("{");

  await history.getByRole("link", { name: "Roll back to version 1" }).click();
  await expect(page.getByRole("heading", { name: "Roll back to version 1?" })).toBeVisible();
  // Not without the box ticked (the browser stops it; the server refuses too).
  await page.getByRole("button", { name: "Roll back to version 1" }).click();
  await expect(page.getByText(/Published as version/)).toHaveCount(0);
  await page.getByLabel("I want to roll back to version 1").check();
  await page.getByRole("button", { name: "Roll back to version 1" }).click();
  await expect(page.getByText(/Published as version \d+/)).toBeVisible();
  await expect(history).toContainText(/editor rolled back to version 1 \(published as version \d+\)/);
});

test("problems are sentences: a setting out of bounds names the setting, not its path", async ({ page }) => {
  await signIn(page, EDITOR.username, EDITOR.password);
  await page.goto("/studio/password-recovery");
  const validity = page.getByLabel("Code validity");
  // Past the browser's own check: the server must say it in words.
  await validity.evaluate((el: HTMLInputElement) => el.removeAttribute("max"));
  await validity.fill("30");
  await page.getByRole("button", { name: "Save settings in draft" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Not done:" });
  await expect(alert).toContainText("Code validity must be between 1 and 10 minutes");
  await expect(alert).not.toContainText("settings.");
  await discardDraft(page, "password-recovery");
});

test("the flow list names flows as people know them, and the diagram reads top to bottom with buttons on its arrows", async ({ page }) => {
  await signIn(page, EDITOR.username, EDITOR.password);
  await page.goto("/studio");
  for (const name of ["User registration", "Installer Admin registration", "Forgot Password", "Sign-in check"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: "User registration", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "User registration" })).toBeVisible();
  const diagram = page.getByRole("figure", { name: "Flow diagram" });
  await expect(diagram.locator(".react-flow__node").first()).toBeVisible();
  // Edges carry the words on the buttons, not event names.
  await expect(diagram.getByText("Next").first()).toBeVisible();
  await expect(diagram.getByText("SUBMIT_CONTACT")).toHaveCount(0);
  // Top to bottom: the start is above the end, and the main path is one straight column.
  const box = async (id: string) => (await diagram.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  const [country, contact, verify, credentials, registered] = await Promise.all(["country", "contact", "verifyEmail", "credentials", "registered"].map(box));
  expect(country.y).toBeLessThan(contact.y);
  expect(contact.y).toBeLessThan(verify.y);
  expect(verify.y).toBeLessThan(credentials.y);
  expect(credentials.y).toBeLessThan(registered.y);
  for (const b of [contact, verify, credentials, registered]) expect(Math.abs(b.x - country.x)).toBeLessThan(2);
  await expect(diagram).toContainText(/stopped here/);
});
