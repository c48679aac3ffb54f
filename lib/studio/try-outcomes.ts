import { cookies } from "next/headers";
import { config } from "@/lib/config";
import { parseOutcomes, type Outcomes } from "./simulate";

/**
 * The outcomes an editor chose for one Try it run, kept in a cookie (a plain form post sets it, so
 * the choice works without JavaScript). Only the newest run's choice is kept; any other run uses
 * the defaults. The cookie only steers a simulation: nothing real reads it.
 */
const COOKIE = "studio_try_outcomes";

export async function chosenOutcomes(flow: string, simId: string): Promise<Outcomes> {
  const raw = (await cookies()).get(COOKIE)?.value;
  let saved: unknown = {};
  try {
    saved = raw ? JSON.parse(raw) : {};
  } catch {
    saved = {};
  }
  const valid = typeof saved === "object" && saved !== null && (saved as Record<string, unknown>).id === simId;
  return parseOutcomes(flow, valid ? (saved as Record<string, unknown>) : {});
}

export async function keepOutcomes(simId: string, outcomes: Outcomes) {
  (await cookies()).set(COOKIE, JSON.stringify({ id: simId, ...outcomes }), {
    path: "/studio",
    httpOnly: true,
    sameSite: "lax",
    secure: config.appUrl.startsWith("https://"),
  });
}
