import { apiError } from "@/lib/http/flow-api";
import { getTranslator } from "@/lib/i18n/request";

/**
 * The passkey sign-in routes take JSON only, and never from another site: a cross-site form cannot
 * send JSON without the browser asking first, and a same-site page is refused like the password route.
 * Returns the refusal to answer, or the parsed body (undefined when it is not JSON; `{}` when empty
 * and `allowEmpty`).
 */
export async function readJson(request: Request, allowEmpty = false): Promise<{ refused: Response } | { body: unknown }> {
  const { t } = await getTranslator();
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return { refused: apiError(415, "json_required", t("api.json_required")) };
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return { refused: apiError(403, "cross_site", t("api.cross_site")) };
  const text = await request.text().catch(() => undefined);
  if (text === undefined) return { body: undefined };
  if (!text.trim()) return { body: allowEmpty ? {} : undefined };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { body: undefined };
  }
}

/** 400 with what zod found (paths and messages), as the password route answers. */
export function invalidRequest(message: string, issues: { path: PropertyKey[]; message: string }[]) {
  return apiError(400, "invalid_request", message, {
    issues: issues.map((i) => ({
      path: i.path.map(String).join("."),
      message: i.message,
    })),
  });
}
