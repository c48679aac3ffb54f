import "server-only";
import { getDb, databaseKind } from "@/lib/db/client";
import { installerAuthCodes, users } from "@/lib/db/schema";
import { issueAuthCodes } from "@/lib/accounts/company";
import { currentTerms, seedTerms } from "@/lib/accounts/terms";
import { hashSecret } from "@/lib/security/secrets";
import { AUTH_CODE_PURPOSE } from "@/machines/installer-registration/facts";
import { activeTestHookWarnings, config } from "@/lib/config";
import "@/lib/engine";
import { seedDefaultVersions } from "@/lib/flows/versions";
import { purgeExpiredFlows } from "@/lib/flows/runtime";
import { startDispatcher } from "@/lib/messaging/dispatcher";
import { deleteExpiredCaptchas } from "@/lib/security/captcha";
import { deleteExpiredCounters } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/security/passwords";
import { purgeClosedCasePhotos, purgeOrphanPhotos } from "@/lib/cases/retention";
import { demoDevices, startSimulator } from "@/lib/devices/simulator";
import { runDueDeletions } from "@/lib/accounts/deletion";
import { appOrigins, deleteExpiredChallenges } from "@/lib/accounts/passkeys";

export const DEMO_USER = { username: "demo", email: "demo@gatehouse.local", password: "Gatehouse-Demo-2026", country: "US" };
export const DEMO_ADMIN = { username: "admin", email: "admin@gatehouse.local", password: "Gatehouse-Admin-2026", country: "US" };
export const DEMO_AGENTS = [
  { username: "agent", email: "agent@gatehouse.local", password: "Gatehouse-Agent-2026", country: "US" },
  { username: "agent2", email: "agent2@gatehouse.local", password: "Gatehouse-Agent2-2026", country: "US" },
];
export const DEMO_EDITOR = { username: "editor", email: "editor@gatehouse.local", password: "Gatehouse-Editor-2026", country: "US" };

/** Seed the demo account once: in development, or wherever SEED_DEMO=1. Never by default in production. */
async function seedDemo(): Promise<boolean> {
  const wanted = process.env.SEED_DEMO ? process.env.SEED_DEMO === "1" : !config.production;
  if (!wanted) return false;
  const db = await getDb();
  const terms = await currentTerms(db);
  const inserted = await db
    .insert(users)
    .values(
      await Promise.all(
        [
          { ...DEMO_USER, role: "user" },
          { ...DEMO_ADMIN, role: "admin" },
          ...DEMO_AGENTS.map((a) => ({ ...a, role: "support_agent" })),
          { ...DEMO_EDITOR, role: "flow_editor" },
        ].map(async (u) => ({
          username: u.username,
          usernameLower: u.username,
          email: u.email,
          emailLower: u.email,
          country: u.country,
          role: u.role,
          passwordHash: await hashPassword(u.password),
          termsVersion: terms.version,
        })),
      ),
    )
    .onConflictDoNothing()
    .returning({ id: users.id });
  return inserted.length > 0;
}

/**
 * Installer authentication codes for trying things out: DEMO_AUTH_CODES (comma-separated, a test
 * hook announced at start) are stored as given; in development one fresh code is issued and printed.
 */
async function seedAuthCodes(): Promise<string[]> {
  const given = (process.env.DEMO_AUTH_CODES ?? "").split(",").map((c) => c.trim()).filter((c) => /^\d{10}$/.test(c));
  if (given.length) {
    const db = await getDb();
    await db
      .insert(installerAuthCodes)
      .values(given.map((c) => ({ codeHash: hashSecret(AUTH_CODE_PURPOSE, c), issuedBy: "DEMO_AUTH_CODES" })))
      .onConflictDoNothing();
    return given;
  }
  if (config.production) return [];
  return issueAuthCodes(1, "development start");
}

async function housekeeping() {
  const db = await getDb();
  await Promise.all([deleteExpiredCaptchas(db), deleteExpiredCounters(db), purgeExpiredFlows(db), purgeClosedCasePhotos(db, config.casePhotoRetentionDays), purgeOrphanPhotos(db), runDueDeletions(), deleteExpiredChallenges(db)]);
}

/** The device simulator answers LAN scans on loopback, so a newcomer sees devices (development, or SADP_SIMULATOR=1). */
async function startDeviceSimulator(): Promise<string> {
  if (!config.sadpSimulator) return "";
  try {
    const sim = await startSimulator({ port: config.sadpSimulatorPort, host: "127.0.0.1", devices: demoDevices(), vendorKey: config.deviceVendorKey });
    return `[gatehouse] device simulator: ${sim.devices.length} devices answer LAN scans on 127.0.0.1:${sim.port}`;
  } catch (e) {
    // Another process (a second dev server) may hold the port: scans then reach that simulator.
    return `[gatehouse] device simulator not started: ${(e as Error).message}`;
  }
}

/** Runs once per server process: migrate, seed, start the outbox dispatcher, say what is on. */
export async function boot(): Promise<void> {
  const started = Date.now();
  void config.secret; // fails the start, not the first request, when production has no AUTH_SECRET
  void config.clientAddressHeader; // likewise for a CLIENT_ADDRESS_HEADER that is not a header name
  appOrigins(process.env.PASSKEY_APP_ORIGINS); // and for PASSKEY_APP_ORIGINS that are not app or https origins
  const db = await getDb();
  await seedDefaultVersions(db);
  await seedTerms(db);
  const demo = await seedDemo();
  const authCodes = await seedAuthCodes();
  startDispatcher();
  const simulator = await startDeviceSimulator();
  const timer = setInterval(() => void housekeeping().catch((e) => console.error("[housekeeping]", e.message)), 10 * 60_000);
  timer.unref?.();
  const kind = await databaseKind();
  const lines = [
    `[gatehouse] ready in ${Date.now() - started} ms on ${kind === "pglite" ? `embedded PGlite (${process.env.PGLITE_DIR || ".data/pglite"})` : "PostgreSQL"}`,
    demo || !config.production
      ? `[gatehouse] demo accounts: ${DEMO_USER.username} / ${DEMO_USER.password}, admin ${DEMO_ADMIN.username} / ${DEMO_ADMIN.password}, support agents ${DEMO_AGENTS.map((a) => `${a.username} / ${a.password}`).join(", ")}, flow editor ${DEMO_EDITOR.username} / ${DEMO_EDITOR.password}  (sign in at ${config.appUrl}/login)`
      : "",
    simulator,
    config.mailboxEnabled ? `[gatehouse] mailbox: ${config.appUrl}/dev/mailbox` : "",
    authCodes.length ? `[gatehouse] installer authentication code(s) for trying out: ${authCodes.join(", ")}` : "",
    config.clientAddressHeader === "x-forwarded-for"
      ? `[gatehouse] client address: X-Forwarded-For, entry ${config.trustProxy} from the end (TRUST_PROXY)`
      : `[gatehouse] client address: ${config.clientAddressHeader} (CLIENT_ADDRESS_HEADER; X-Forwarded-For is ignored)`,
    config.resendApiKey ? "[gatehouse] email goes out through Resend" : "",
    config.twilio ? "[gatehouse] SMS goes out through Twilio" : "",
    ...activeTestHookWarnings().map((w) => `[gatehouse] WARNING ${w}`),
  ].filter(Boolean);
  console.log(lines.join("\n"));
}
