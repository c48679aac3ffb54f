import { requireUser } from "@/lib/auth/guard";
import { exportAccountData, exportFileName } from "@/lib/accounts/data-export";

/** "Download my data": the account's data as a JSON file (a plain link, so it works without JavaScript). */
export async function GET() {
  const me = await requireUser("/account/data");
  const data = await exportAccountData(me.id);
  if (!data) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(data.account.username)}"`,
      "Cache-Control": "no-store",
    },
  });
}
