"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { startFlow, submitStep, type FlowResult } from "@/lib/flows/runtime";
import { clearFlowToken, flowToken, setFlowToken } from "@/lib/http/flow-cookie";
import { formFields, requestClient } from "@/lib/http/form";

const FLOW = "user-registration";

async function finish(id: string, result: FlowResult): Promise<never> {
  if (result.kind === "not_found") redirect("/register?expired=1");
  if (result.kind === "completed") {
    await clearFlowToken(id);
    if (result.loginToken) await signIn("credentials", { loginToken: result.loginToken, redirectTo: "/account?registered=1" });
    redirect("/login");
  }
  // The losing tab of a double submission is told why it sees a later step.
  redirect(result.kind === "view" && result.view.error?.code === "stale" ? `/register/${id}?notice=stale` : `/register/${id}`);
}

/** First step: the country is chosen before any flow exists, so this starts one and submits it. */
export async function startRegistration(formData: FormData): Promise<void> {
  const client = await requestClient();
  const started = await startFlow(FLOW, client);
  if (started.kind === "limited") redirect(`/register?limited=${started.retryAt}`);
  await setFlowToken(started.id, started.token);
  const fields = formFields(formData);
  const result = await submitStep(FLOW, started.id, started.token, { revision: 0, fields }, client);
  await finish(started.id, result);
}

export async function submitRegistrationStep(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const id = fields.flowId ?? "";
  const revision = Number.parseInt(fields.revision ?? "", 10);
  const result = await submitStep(
    FLOW,
    id,
    await flowToken(id),
    { revision: Number.isFinite(revision) ? revision : -1, intent: fields.intent, fields },
    await requestClient(),
  );
  await finish(id, result);
}
