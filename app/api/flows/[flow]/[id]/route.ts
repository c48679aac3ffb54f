import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import { z } from "zod";
import { showFlow, submitStep } from "@/lib/flows/runtime";
import { apiError, bearer, continuedByApi, flowResponse } from "@/lib/http/flow-api";
import { clientAddressFrom } from "@/lib/http/client";
import { answeringUnavailable } from "@/lib/http/unavailable";
import { CONTROL_CHARACTERS, plainText } from "@/lib/validation/plain-text";
import { getTranslator } from "@/lib/i18n/request";
import { zodErrorsIn } from "@/lib/i18n/zod-errors";

type Params = { params: Promise<{ flow: string; id: string }> };

/** The current step: GET /api/flows/{flow}/{id} with Authorization: Bearer {token}. */
export const GET = answeringUnavailable(async function get(request: Request, { params }: Params) {
  const { flow, id } = await params;
  if (!continuedByApi(flow)) return apiError(404, "unknown_flow", (await getTranslator()).t("api.unknown_flow", { flow }));
  return flowResponse(await showFlow(flow, id, bearer(request)));
});

const submission = z.object({
  revision: z.number().int().min(0),
  /** The event of one of the step's buttons; the step's main button when left out. */
  action: plainText().max(64).optional(),
  // Control characters are refused here already (400), before anything reads or stores them.
  fields: z.record(z.string().max(64), z.union([plainText().max(2048), z.boolean()])).default({}),
});

/** Submit the current step: POST { revision, action?, fields }. */
export const POST = answeringUnavailable(async function post(request: Request, { params }: Params) {
  const { flow, id } = await params;
  const i18n = await getTranslator();
  if (!continuedByApi(flow)) return apiError(404, "unknown_flow", i18n.t("api.unknown_flow", { flow }));
  const body = await request.json().catch(() => undefined);
  const parsed = submission.safeParse(body, { error: zodErrorsIn(i18n.locale) });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    // Field values the schema refused also come in the `errors` shape of a step answer.
    const errors = parsed.error.issues
      .filter((i) => i.path[0] === "fields" && i.path.length === 2 && i.message === CONTROL_CHARACTERS.message)
      .map((i) => ({ field: String(i.path[1]), code: CONTROL_CHARACTERS.code, message: i18n.t("fields.controlCharacters") }));
    return apiError(400, "invalid_request", i18n.t("api.invalid_flow_request"), { issues }, errors);
  }
  const result = await submitStep(
    flow,
    id,
    bearer(request),
    { revision: parsed.data.revision, intent: parsed.data.action, fields: parsed.data.fields },
    { address: clientAddressFrom(request.headers), userAgent: request.headers.get("user-agent") ?? undefined },
  );
  return flowResponse(result);
});
