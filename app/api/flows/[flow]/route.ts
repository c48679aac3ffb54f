import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import { flowEntry } from "@/lib/flows/registry";
import { startFlow } from "@/lib/flows/runtime";
import { apiError, flowResponse } from "@/lib/http/flow-api";
import { clientAddressFrom } from "@/lib/http/client";
import { getTranslator } from "@/lib/i18n/request";
import { answeringUnavailable } from "@/lib/http/unavailable";

/** Start a flow: POST /api/flows/user-registration -> { flow, token }. Keep the token: it owns the flow. */
export const POST = answeringUnavailable(async function post(request: Request, { params }: { params: Promise<{ flow: string }> }) {
  const { flow } = await params;
  // Flows about a signed-in account are started by the server with that account; not from here.
  if (!flowEntry(flow)?.public) return apiError(404, "unknown_flow", (await getTranslator()).t("api.unknown_flow", { flow }));
  const started = await startFlow(flow, {
    address: clientAddressFrom(request.headers),
    userAgent: request.headers.get("user-agent") ?? undefined,
  });
  if (started.kind === "limited") return flowResponse(started);
  const response = await flowResponse({ kind: "view", view: started.view }, { token: started.token });
  return new Response(response.body, { status: 201, headers: response.headers });
});
