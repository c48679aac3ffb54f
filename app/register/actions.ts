"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { startFlow, submitStep, type FlowResult } from "@/lib/flows/runtime";
import { clearFlowToken, flowToken, setFlowToken } from "@/lib/http/flow-cookie";
import { formFields, requestClient } from "@/lib/http/form";

const FLOW = "user-registration";
const NO_VIEW = { issueCaptchas: false };

async function finish(id: string, result: FlowResult): Promise<never> {
  if (result.kind === "not_found") redirect("/register?expired=1");
  if (result.kind === "completed") {
    await clearFlowToken(id);
    if (result.loginToken) await signIn("credentials", { loginToken: result.loginToken, redirectTo: "/account?registered=1" });
    redirect("/login");
  }
  // The losing tab of a double submission is told why it sees a later step.
  redirect(result.kind === "view" && result.stale ? `/register/${id}?notice=stale` : `/register/${id}`);
}

/** First step: the country is chosen before any flow exists, so this starts one and submits it. */
export async function startRegistration(formData: FormData): Promise<void> {
  const client = await requestClient();
  // The page re-renders after the redirect, so these calls skip building picture codes.
  const started = await startFlow(FLOW, client, NO_VIEW);
  if (started.kind === "limited") redirect(`/register?limited=${started.retryAt}`);
  await setFlowToken(started.id, started.token);
  const fields = formFields(formData);
  const result = await submitStep(FLOW, started.id, started.token, { revision: 0, fields }, client, NO_VIEW);
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
    NO_VIEW,
  );
  await finish(id, result);
}
