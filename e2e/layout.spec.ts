import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { AGENT, DEMO, EDITOR, chooseUsa, clientHeaders, signIn } from "./helpers";

const ADMIN = { username: "admin", password: "Gatehouse-Admin-2026" };

/**
 * Every page at 360 and 1280 px, as each kind of person sees it: nothing scrolls sideways, no two
 * buttons, links, fields, labels, headings or paragraphs overlap, and tables outside the desk and
 * the studio become cards on a phone. One browser context per person, reused across pages.
 */

const WIDTHS = [360, 1280] as const;

type Problem = { key: string; text: string };

/** What the page looks like now: sideways scrolling, overlapping pairs, tables that stay tables on a phone. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const describe = (el: Element) => {
      const name = (el.getAttribute("aria-label") || (el as HTMLElement).innerText || el.getAttribute("name") || el.id || "").replace(/\s+/g, " ").trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}>"${name}"`;
    };
    const visible = (el: Element) =>
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && !el.closest("[inert], [aria-hidden=true]");

    // What sticks out on the right (only to say why the page scrolls sideways).
    const wide: string[] = [];
    if (doc.scrollWidth > width) {
      for (const el of Array.from(document.body.querySelectorAll("*"))) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && visible(el) && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1)) wide.push(`${describe(el)} to ${Math.round(r.right)}px`);
      }
    }

    // A modal dialog makes the rest of the page inert: only what it holds counts.
    const modal = document.querySelector("dialog[open]:modal, [aria-modal=true]");
    const scope = modal ?? document.body;
    const selector = "a, button, input:not([type=hidden]), select, textarea, label, summary, h1, h2, h3, h4, h5, h6, p, [role=button], [role=link]";
    const items = Array.from(scope.querySelectorAll(selector))
      .filter(visible)
      .map((el) => ({ el, rects: Array.from(el.getClientRects()).filter((r) => r.width > 2 && r.height > 2) }))
      .filter((i) => i.rects.length > 0);
    const overlaps: string[] = [];
    const TOLERANCE = 2;
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) {
        const A = items[a];
        const B = items[b];
        if (A.el.contains(B.el) || B.el.contains(A.el)) continue;
        // A label and the field it names may touch (a checkbox inside its row, say).
        if (A.el instanceof HTMLLabelElement && A.el.control === B.el) continue;
        if (B.el instanceof HTMLLabelElement && B.el.control === A.el) continue;
        const hit = A.rects.some((ra) =>
          B.rects.some((rb) => Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > TOLERANCE && Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > TOLERANCE),
        );
        if (hit) overlaps.push(`${describe(A.el)} overlaps ${describe(B.el)}`);
      }
    }

    // A table on a phone must be cards: no visible header row, cells stacked rather than side by side.
    const tables: string[] = [];
    if (width < 640) {
      for (const table of Array.from(document.querySelectorAll("table")).filter(visible)) {
        const cells = Array.from(table.querySelectorAll("tbody tr:first-child > td, tbody tr:first-child > th"));
        const head = table.tHead?.getBoundingClientRect();
        const stacked = cells.every((c, i) => i === 0 || c.getBoundingClientRect().top >= cells[i - 1].getBoundingClientRect().bottom - 1);
        if ((head && head.height > 1) || !stacked) tables.push(`table "${table.caption?.innerText || describe(table)}" is not shown as cards`);
      }
    }
    return { sideways: doc.scrollWidth > width ? `scrolls sideways (${doc.scrollWidth} > ${width}px): ${wide.slice(0, 5).join(", ")}` : "", overlaps, tables };
  });
}

async function check(page: Page, who: string, width: number): Promise<Problem[]> {
  const path = new URL(page.url()).pathname;
  const where = `${who} ${path} ${width}`;
  const m = await measure(page);
  return [
    ...(m.sideways ? [{ key: `${where} sideways`, text: `${where}: ${m.sideways}` }] : []),
    ...m.overlaps.map((o) => ({ key: `${where} overlap`, text: `${where}: ${o}` })),
    ...m.tables.map((t) => ({ key: `${where} table`, text: `${where}: ${t}` })),
  ];
}

/** No serious or critical WCAG 2 A/AA violations (axe) on the page as it is now. */
async function axe(page: Page, who: string, width: number): Promise<Problem[]> {
  const path = new URL(page.url()).pathname;
  // The title is streamed with the page metadata: judge the page once it has arrived.
  await expect(page).toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      key: `${who} ${path} ${width} axe:${v.id}`,
      text: `${who} ${path} ${width}: axe ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(" ")).slice(0, 4).join(", ")}`,
    }));
}

/** Fails listing every problem found. */
function expectNoProblems(problems: Problem[]) {
  expect(problems.map((p) => p.text)).toEqual([]);
}

/** Visit each page at each width (a page given as a function is reached by clicking, and returns where it ended). */
type Visit = string | ((page: Page) => Promise<void>);

async function visitAll(page: Page, who: string, visits: Visit[], opts: { axeOn?: RegExp } = {}): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const visit of visits) {
      if (typeof visit === "string") {
        const res = await page.goto(visit);
        expect(res?.status(), `${who} ${visit}`).toBeLessThan(400);
      } else {
        await visit(page);
      }
      await page.waitForLoadState("networkidle");
      problems.push(...(await check(page, who, width)));
      if (opts.axeOn?.test(new URL(page.url()).pathname)) problems.push(...(await axe(page, who, width)));
    }
  }
  return problems;
}

async function signedInPage(browser: Browser, who: { username: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const page = await context.newPage();
  await signIn(page, who.username, who.password);
  return page;
}

async function labelJpeg(blur: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="100%" height="100%" fill="white"/><text x="70" y="250" font-size="60" font-family="sans-serif">HIKVISION DS-2CD2143G2-I</text><text x="70" y="380" font-size="56" font-family="monospace">SerialNo: DS-2CD2143G2-I20231104AAWRJ</text></svg>`;
  return sharp(Buffer.from(svg)).blur(blur).jpeg().toBuffer();
}

/** The support-case wizard up to its confirm step, with a blurry photo (the warning shows there). */
async function toCaseConfirm(page: Page) {
  await page.goto("/tools/cases/new/reset");
  await page.getByRole("button", { name: "Device on LAN (SADP)" }).click();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Photo of the device label" })).toBeVisible();
  await page.getByLabel("Label photo").setInputFiles({ name: "label.jpg", mimeType: "image/jpeg", buffer: await labelJpeg(6) });
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Confirm your case" })).toBeVisible();
}

test.describe.configure({ timeout: 240_000 });
test.use({ extraHTTPHeaders: clientHeaders() });

test("signed out: every public page fits at 360 and 1280 px", async ({ page }) => {
  const problems = await visitAll(page, "signed-out", [
    "/",
    "/login",
    async (p) => {
      // The sign-in check (a new browser): reached with the demo password, left unanswered.
      await p.goto("/login");
      await p.getByLabel("User Name, Email or Phone Number").fill(DEMO.username);
      await p.getByLabel("Password").fill(DEMO.password);
      await p.getByRole("button", { name: "Sign In", exact: true }).click();
      await p.waitForURL(/\/login\/check\//);
    },
    "/register",
    chooseUsa,
    "/register/installer",
    async (p) => {
      await p.goto("/register/installer?region=Europe&confirm=DE");
      await p.getByRole("dialog").getByRole("button", { name: "Ok" }).click();
      await p.waitForURL(/\/register\/installer\/[^/?]+/);
    },
    "/forgot-password",
    "/help/verification-code",
    "/terms",
    "/privacy",
    "/newsletter/confirm",
    "/newsletter/unsubscribe",
    "/dev/mailbox?to=demo%40gatehouse.local",
  ]);
  expectNoProblems(problems);
});

test("customer: account, devices, cases, tools and notifications fit at 360 and 1280 px", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO);
  // A device, so My devices has a table row, and a case, so the case pages have content.
  await page.goto("/account/devices");
  await page.getByLabel("Serial number").fill(`DS2CD${Date.now().toString(36).toUpperCase()}`);
  await page.getByRole("button", { name: "Add device" }).click();
  await expect(page.getByText("The device was added.")).toBeVisible();
  await toCaseConfirm(page);
  await page.getByLabel(/Security commitment/).check();
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.getByText(/Case C-\d{6} was submitted/)).toBeVisible();
  await page.goto("/cases");
  const casePath = new URL(await page.getByRole("link", { name: /^C-\d{6} · / }).first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname;

  const problems = await visitAll(page, "customer", [
    "/account",
    "/account/about",
    "/account/company",
    "/account/devices",
    "/account/security",
    "/account/security/contact",
    "/cases",
    casePath,
    "/notifications",
    "/tools",
    "/tools/cases/new",
    "/tools/cases/new/reset",
    toCaseConfirm,
    // Redirects to My Account unless new terms wait to be accepted.
    "/terms/accept",
  ]);
  await page.context().close();
  expectNoProblems(problems);
});

test("agent: the desk, a case and the desk settings fit at 360 and 1280 px, with no serious axe violations", async ({ browser }) => {
  const page = await signedInPage(browser, AGENT);
  await page.goto("/desk");
  const first = page.locator('a[href^="/desk/cases/"]').first();
  const casePath = (await first.count()) ? await first.getAttribute("href") : null;
  const problems = await visitAll(page, "agent", ["/desk", ...(casePath ? [casePath] : []), "/desk/settings", "/account"], { axeOn: /^\/desk/ });
  await page.context().close();
  expectNoProblems(problems);
});

test("editor: the studio, a flow, its diff and Try it fit at 360 and 1280 px, with no serious axe violations", async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR);
  const problems = await visitAll(
    page,
    "editor",
    [
      "/studio",
      "/studio/user-registration",
      "/studio/sign-in-check",
      "/studio/device-reset-case",
      async (p) => {
        await p.goto("/studio/user-registration");
        await p.getByRole("link", { name: /^Compare/ }).first().click({ timeout: 2_000 }).catch(() => p.goto("/studio/user-registration/diff"));
        await p.waitForURL(/\/diff/);
      },
      async (p) => {
        await p.goto("/studio/sign-in-check");
        await p.getByRole("button", { name: "Try it" }).click();
        await p.waitForURL(/\/try\//);
      },
    ],
    { axeOn: /^\/studio/ },
  );
  await page.context().close();
  expectNoProblems(problems);
});

test("admin: terms and authentication codes fit at 360 and 1280 px", async ({ browser }) => {
  const page = await signedInPage(browser, ADMIN);
  const problems = await visitAll(page, "admin", ["/admin/terms", "/admin/auth-codes"]);
  await page.context().close();
  expectNoProblems(problems);
});

test("the signed-in header folds into a Menu button under 640 px and shows its links in a row on a desktop", async ({ page }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/account");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("link", { name: "Security", exact: true })).toBeHidden();
  await expect(page.getByRole("link", { name: /^Notifications, \d+ unread$/ })).toBeVisible();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  for (const name of ["My Account", "Security", "About", "Tools", "Case"]) await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign Out", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await menu.click();
  await page.getByRole("link", { name: "Security", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Trusted devices" })).toBeVisible();
  // Navigating closes the menu.
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  for (const name of ["My Account", "Security", "About", "Tools", "Case"]) await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign Out", exact: true })).toBeVisible();
});

test("@nojs the small-screen Menu opens without JavaScript and its links work", async ({ page }) => {
  await signIn(page, DEMO.username, DEMO.password);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/account");
  await expect(page.getByRole("link", { name: "Tools", exact: true })).toBeHidden();
  await page.locator("summary", { hasText: "Menu" }).click();
  await page.getByRole("link", { name: "Tools", exact: true }).click();
  await expect(page.getByRole("link", { name: "Create Online Support Case" })).toBeVisible();
  await page.locator("summary", { hasText: "Menu" }).click();
  await page.getByRole("button", { name: "Sign Out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
});

test("My devices is a table on a desktop and one card per device under 640 px", async ({ page }) => {
  await signIn(page, DEMO.username, DEMO.password);
  const serial = `DS2CD${Date.now().toString(36).toUpperCase()}CARD`;
  await page.goto("/account/devices");
  await page.getByLabel("Serial number").fill(serial);
  await page.getByRole("button", { name: "Add device" }).click();
  await expect(page.getByText("The device was added.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: serial });
  const cells = row.getByRole("cell");

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("columnheader", { name: "Serial number" })).toBeVisible();
  const wide = await cells.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
  expect(new Set(wide.map(Math.round)).size).toBe(1);

  await page.setViewportSize({ width: 360, height: 800 });
  // Each cell on its own line, named by its column; the header row is left to screen readers.
  const narrow = await cells.evaluateAll((tds) =>
    tds.map((td) => ({ top: td.getBoundingClientRect().top, bottom: td.getBoundingClientRect().bottom, label: getComputedStyle(td, "::before").content })),
  );
  for (let i = 1; i < narrow.length; i++) expect(narrow[i].top).toBeGreaterThanOrEqual(narrow[i - 1].bottom - 1);
  expect(narrow.map((c) => c.label)).toEqual(['"Name"', '"Model"', '"Serial number"', '"Firmware"', '"Added"']);
  expect(await page.locator("table thead").evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});

test("the app has a favicon, an app icon, an Apple touch icon and a web manifest named Gatehouse", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

  await page.goto("/login");
  const head = page.locator("head");
  const icon = await head.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  const svg = await request.get(icon!);
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("<svg");

  const apple = await head.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  const applePng = await sharp(await (await request.get(apple!)).body()).metadata();
  expect([applePng.format, applePng.width, applePng.height]).toEqual(["png", 180, 180]);

  const manifestHref = await head.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(manifestHref!)).json();
  expect(manifest.name).toBe("Gatehouse");
  const sizes: string[] = [];
  for (const i of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const res = await request.get(i.src);
    expect(res.status(), i.src).toBe(200);
    if (i.type === "image/png") {
      const meta = await sharp(await res.body()).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(i.sizes);
      sizes.push(i.sizes);
    }
  }
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
});

test("the layout check sees sideways scrolling, overlapping siblings and phone tables, and ignores nesting", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.setContent(`<!doctype html><body style="margin:0">
    <p style="position:relative;height:40px"><button style="position:absolute;left:0;width:120px">Save</button><a href="#" style="position:absolute;left:100px">Cancel</a></p>
    <label>Name <input style="width:100px"></label>
    <h2><a href="#">Nested link</a></h2>
    <table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>
    <div style="width:500px">wide</div></body>`);
  const m = await measure(page);
  expect(m.sideways).toMatch(/scrolls sideways \(500 > 360px\)/);
  expect(m.overlaps).toEqual(['<button>"Save" overlaps <a>"Cancel"']);
  expect(m.tables).toHaveLength(1);
});

// German and Spanish words are longer than English ones: the same pages must still fit (issue 15).
for (const lang of ["de", "es"]) {
  test(`in ${lang === "de" ? "German" : "Spanish"}: public and account pages fit at 360 and 1280 px`, async ({ browser, baseURL }) => {
    const visitor = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
    await visitor.addCookies([{ name: "gh_lang", value: lang, url: baseURL! }]);
    const signedOut = await visitor.newPage();
    const problems = await visitAll(signedOut, `signed-out ${lang}`, ["/", "/login", "/register", "/register?region=Europe", "/register/installer", "/forgot-password", "/help/verification-code"]);
    const page = await signedInPage(browser, DEMO);
    await page.context().addCookies([{ name: "gh_lang", value: lang, url: baseURL! }]);
    problems.push(
      ...(await visitAll(page, `customer ${lang}`, ["/account", "/account/security", "/account/about", "/account/devices", "/account/data", "/cases", "/tools", "/notifications"])),
    );
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    for (const [who, visits] of [
      [AGENT, ["/desk", "/desk/settings"]],
      [EDITOR, ["/studio", "/studio/user-registration"]],
    ] as const) {
      const staff = await signedInPage(browser, who);
      await staff.context().addCookies([{ name: "gh_lang", value: lang, url: baseURL! }]);
      problems.push(...(await visitAll(staff, `${who.username} ${lang}`, [...visits])));
    }
    expectNoProblems(problems);
  });
}
