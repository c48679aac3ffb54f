import { NextResponse } from "next/server";
import { config } from "@/lib/config";
import { codeIn, listMailbox } from "@/lib/dev/mailbox";

/** The newest message for a recipient as JSON, with the code pulled out (for scripts and tests). */
export async function GET(request: Request) {
  if (!config.mailboxEnabled) return new NextResponse("Not found", { status: 404 });
  const to = new URL(request.url).searchParams.get("to") ?? "";
  if (!to) return NextResponse.json({ error: { code: "to_required", message: "Give ?to=ADDRESS" } }, { status: 400 });
  const [m] = await listMailbox(to, 1);
  if (!m) return NextResponse.json({ message: null });
  return NextResponse.json({
    message: { id: m.id, channel: m.channel, to: m.recipient, subject: m.subject, text: m.text, code: codeIn(m.text) ?? null, createdAt: m.createdAt },
  });
}
