import { getDb, databaseKind } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { activeTestHookWarnings, config } from "@/lib/config";
import { seedDefaultVersions } from "@/lib/flows/versions";
import { deleteExpiredFlows } from "@/lib/flows/runtime";
import { startDispatcher } from "@/lib/messaging/dispatcher";
import { deleteExpiredCaptchas } from "@/lib/security/captcha";
import { deleteExpiredCounters } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/security/passwords";

export const DEMO_USER = { username: "demo", email: "demo@gatehouse.local", password: "Gatehouse-Demo-2026", country: "US" };

/** Seed the demo account once: in development, or wherever SEED_DEMO=1. Never by default in production. */
async function seedDemo(): Promise<boolean> {
  const wanted = process.env.SEED_DEMO ? process.env.SEED_DEMO === "1" : !config.production;
  if (!wanted) return false;
  const db = await getDb();
  const inserted = await db
    .insert(users)
    .values({
      username: DEMO_USER.username,
      usernameLower: DEMO_USER.username,
      email: DEMO_USER.email,
      emailLower: DEMO_USER.email,
      country: DEMO_USER.country,
      passwordHash: await hashPassword(DEMO_USER.password),
      termsVersion: "seed",
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return inserted.length > 0;
}

async function housekeeping() {
  const db = await getDb();
  await Promise.all([deleteExpiredCaptchas(db), deleteExpiredCounters(db), deleteExpiredFlows(db)]);
}

/** Runs once per server process: migrate, seed, start the outbox dispatcher, say what is on. */
export async function boot(): Promise<void> {
  const started = Date.now();
  void config.secret; // fails the start, not the first request, when production has no AUTH_SECRET
  const db = await getDb();
  await seedDefaultVersions(db);
  const demo = await seedDemo();
  startDispatcher();
  const timer = setInterval(() => void housekeeping().catch((e) => console.error("[housekeeping]", e.message)), 10 * 60_000);
  timer.unref?.();
  const kind = await databaseKind();
  const lines = [
    `[gatehouse] ready in ${Date.now() - started} ms on ${kind === "pglite" ? `embedded PGlite (${process.env.PGLITE_DIR || ".data/pglite"})` : "PostgreSQL"}`,
    demo || !config.production ? `[gatehouse] demo account: ${DEMO_USER.username} / ${DEMO_USER.password}  (sign in at ${config.appUrl}/login)` : "",
    config.mailboxEnabled ? `[gatehouse] mailbox: ${config.appUrl}/dev/mailbox` : "",
    config.resendApiKey ? "[gatehouse] email goes out through Resend" : "",
    config.twilio ? "[gatehouse] SMS goes out through Twilio" : "",
    ...activeTestHookWarnings().map((w) => `[gatehouse] WARNING ${w}`),
  ].filter(Boolean);
  console.log(lines.join("\n"));
}
