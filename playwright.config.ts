import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;
// Playwright cannot download its own browser here: use the system Chromium when present.
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

export default defineConfig({
  testDir: "e2e",
  // One server with one clock that tests may move: run the specs one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // In CI a failed test runs once more and the list reports it as flaky, so one timing slip on a
  // loaded machine does not hide the rest of the run; a test that fails twice still fails CI.
  // Locally every failure shows at once.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, grepInvert: /@nojs/ },
    { name: "chromium-no-js", use: { ...devices["Pixel 7"], javaScriptEnabled: false }, grep: /@nojs/ },
  ],
  webServer: {
    command: `./node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      // A private in-memory database: nothing leaks between runs and no folder is shared.
      PGLITE_DIR: "memory://",
      DATABASE_URL: "",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      APP_URL: baseURL,
      CAPTCHA_TEST_ANSWER: "K7PX",
      DEV_MAILBOX: "1",
      TEST_CLOCK: "1",
      SEED_DEMO: "1",
      DEMO_AUTH_CODES: "1000000001,1000000002,1000000003,1000000004",
      // The demo account signs in from a new browser in many tests, each needing a code.
      RATE_LIMIT_SCALE: "10",
      // The device simulator answers the LAN scan on loopback; label photos go to a throwaway folder.
      SADP_SIMULATOR: "1",
      SADP_SIMULATOR_PORT: process.env.E2E_SADP_PORT ?? "37031",
      SADP_SCAN_MS: "400",
      UPLOAD_DIR: path.join(os.tmpdir(), `gatehouse-e2e-uploads-${process.pid}`),
    },
  },
});
