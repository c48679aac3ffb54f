import "server-only";
import { NextResponse } from "next/server";
import { flowEntry } from "@/lib/flows/registry";
import type { FlowResult } from "@/lib/flows/runtime";
import type { StepView } from "@/lib/flows/view";
import { getTranslator } from "@/lib/i18n/request";

/** JSON error body: a stable code per problem, and words for people; `errors` lists refused fields. */
export function apiError(
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
  errors: { field: string; code: string; message: string }[] = [],
) {
  return NextResponse.json({ error: { code, message, ...extra }, ...(errors.length ? { errors } : {}) }, { status });
}

export function bearer(request: Request): string | undefined {
  const h = request.headers.get("authorization") ?? "";
  return h.startsWith("Bearer ") ? h.slice(7).trim() : undefined;
}

function errorsOf(view: StepView) {
  const list = view.fields.filter((f) => f.error).map((f) => ({ field: f.name, code: f.error!.code, message: f.error!.message }));
  if (view.error) list.push({ field: null as unknown as string, code: view.error.code, message: view.error.message });
  return list;
}

/** The answer for a flow's result; its messages in the request's language (the step's errors are already). */
export async function flowResponse(result: FlowResult, extra: Record<string, unknown> = {}) {
  switch (result.kind) {
    case "not_found":
      return apiError(404, "flow_not_found", (await getTranslator()).t("api.flow_not_found"));
    case "limited":
      return apiError(429, "rate_limited", (await getTranslator()).t("api.rate_limited"), { retryAt: new Date(result.retryAt).toISOString() });
    case "completed":
      return NextResponse.json({ flow: result.view, errors: [], loginToken: result.loginToken, ...extra });
    case "view": {
      const errors = errorsOf(result.view);
      return NextResponse.json({ flow: result.view, errors, ...extra }, { status: result.stale ? 409 : 200 });
    }
  }
}

/**
 * Flows the JSON API continues (GET and POST /api/flows/{flow}/{id}): the public ones, and the
 * sign-in check, which only POST /api/sign-in starts (after a right password) and whose bearer
 * token is handed to that caller alone.
 */
export function continuedByApi(flow: string): boolean {
  return !!flowEntry(flow)?.public || flow === "sign-in-check";
}
