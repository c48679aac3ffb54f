import { unsubscribe } from "@/lib/newsletter";
import { getTranslator } from "@/lib/i18n/request";

/**
 * RFC 8058 one-click unsubscribe: the URL in every newsletter's List-Unsubscribe header.
 * Mail apps POST `List-Unsubscribe=One-Click` here (form-urlencoded or multipart) with no cookies;
 * the token in the query is the only credential. A GET (a mail app or person opening the URL)
 * changes nothing and goes to the page with the Unsubscribe button.
 */

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

async function isOneClick(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) {
      return (await request.formData()).get("List-Unsubscribe") === "One-Click";
    }
    const body = (await request.text()).slice(0, 2000);
    return new URLSearchParams(body.trim()).get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
}

export async function POST(request: Request) {
  const { t } = await getTranslator();
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!(await isOneClick(request))) {
    return text(400, t("api.one_click_required"));
  }
  const result = await unsubscribe(token);
  if (result.status !== "unsubscribed") {
    return text(404, t("api.unsubscribe_invalid"));
  }
  return text(200, t("api.unsubscribed"));
}

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return new Response(null, {
    status: 303,
    headers: { location: `/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, "cache-control": "no-store" },
  });
}
