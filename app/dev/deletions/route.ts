import { NextResponse } from "next/server";
import { config } from "@/lib/config";
import { runDueDeletions } from "@/lib/accounts/deletion";

/** Test hook (TEST_CLOCK=1 only): run the deletion sweeper now instead of at the next housekeeping. */
export async function POST() {
  if (!config.testClock) return new NextResponse("Not found", { status: 404 });
  return NextResponse.json(await runDueDeletions());
}
