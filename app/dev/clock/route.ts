import { NextResponse } from "next/server";
import { z } from "zod";
import { advanceClock, now, resetClock } from "@/lib/clock";
import { config } from "@/lib/config";

const body = z.object({ advanceMs: z.number().int().min(0).max(30 * 24 * 60 * 60_000).optional(), reset: z.boolean().optional() });

/** Test hook (TEST_CLOCK=1 only): move the app clock forward, e.g. to expire a code. */
export async function POST(request: Request) {
  if (!config.testClock) return new NextResponse("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: { code: "invalid", message: "Send { advanceMs } or { reset: true }" } }, { status: 400 });
  if (parsed.data.reset) resetClock();
  if (parsed.data.advanceMs) advanceClock(parsed.data.advanceMs);
  return NextResponse.json({ now: new Date(now()).toISOString() });
}
