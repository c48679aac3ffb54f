import { z } from "zod";
import { flowEntry } from "@/lib/flows/registry";
import { showFlow, submitStep } from "@/lib/flows/runtime";
import { apiError, bearer, flowResponse } from "@/lib/http/flow-api";
import { clientAddressFrom } from "@/lib/http/client";

type Params = { params: Promise<{ flow: string; id: string }> };

/** The current step: GET /api/flows/{flow}/{id} with Authorization: Bearer {token}. */
export async function GET(request: Request, { params }: Params) {
  const { flow, id } = await params;
  if (!flowEntry(flow)?.public) return apiError(404, "unknown_flow", `There is no public flow called ${flow}.`);
  return flowResponse(await showFlow(flow, id, bearer(request)));
}

const submission = z.object({
  revision: z.number().int().min(0),
  /** The event of one of the step's buttons; the step's main button when left out. */
  action: z.string().max(64).optional(),
  fields: z.record(z.string(), z.union([z.string().max(2048), z.boolean()])).default({}),
});

/** Submit the current step: POST { revision, action?, fields }. */
export async function POST(request: Request, { params }: Params) {
  const { flow, id } = await params;
  if (!flowEntry(flow)?.public) return apiError(404, "unknown_flow", `There is no public flow called ${flow}.`);
  const body = await request.json().catch(() => undefined);
  const parsed = submission.safeParse(body);
  if (!parsed.success) {
    return apiError(400, "invalid_request", "Send JSON: { revision: number, action?: string, fields: { name: value } }.", {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  const result = await submitStep(
    flow,
    id,
    bearer(request),
    { revision: parsed.data.revision, intent: parsed.data.action, fields: parsed.data.fields },
    { address: clientAddressFrom(request.headers), userAgent: request.headers.get("user-agent") ?? undefined },
  );
  return flowResponse(result);
}
