import "server-only";
import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { startFlow, submitStep, type FlowResult } from "@/lib/flows/runtime";
import { clearFlowToken, flowToken, setFlowToken } from "./flow-cookie";
import { formFields, requestClient } from "./form";

/**
 * What the server actions of every wizard page do: start a flow with its first step, submit a
 * step, then redirect (Post/Redirect/Get) to where the flow now stands.
 */

// The page re-renders after the redirect, so these calls skip building picture codes.
const NO_VIEW = { issueCaptchas: false };

export type WizardPages = {
  flow: string;
  /** The start page; an unknown or expired flow goes back to it with ?expired=1. */
  basePath: string;
  /** Where the steps live (`${stepsPath}/${id}`), when not under basePath. */
  stepsPath?: string;
  completedPath: (result: FlowResult & { kind: "completed" }) => string | Promise<string>;
};


async function finish(w: WizardPages, id: string, result: FlowResult): Promise<never> {
  if (result.kind === "not_found") redirect(`${w.basePath}?expired=1`);
  if (result.kind === "completed") {
    if (result.loginToken) {
      await clearFlowToken(id);
      await signIn("credentials", { loginToken: result.loginToken, redirectTo: await w.completedPath(result) });
    }
    // Otherwise the flow's last page (kept readable by its cookie) says what happens next.
    redirect(await w.completedPath(result));
  }
  // The losing tab of a double submission is told why it sees a later step.
  const step = `${w.stepsPath ?? w.basePath}/${id}`;
  redirect(result.kind === "view" && result.stale ? `${step}?notice=stale` : step);
}

export async function startWizard(w: WizardPages, formData: FormData): Promise<never> {
  const client = await requestClient();
  const started = await startFlow(w.flow, client, NO_VIEW);
  if (started.kind === "limited") redirect(`${w.basePath}?limited=${started.retryAt}`);
  await setFlowToken(started.id, started.token);
  const fields = formFields(formData);
  const result = await submitStep(w.flow, started.id, started.token, { revision: 0, intent: fields.intent, fields }, client, NO_VIEW);
  return finish(w, started.id, result);
}

/** `extra` replaces form fields the page prepared itself (a stored photo's token, say). */
export async function submitWizard(w: WizardPages, formData: FormData, extra: Record<string, string> = {}): Promise<never> {
  const fields = { ...formFields(formData), ...extra };
  const id = fields.flowId ?? "";
  const revision = Number.parseInt(fields.revision ?? "", 10);
  const result = await submitStep(
    w.flow,
    id,
    await flowToken(id),
    { revision: Number.isFinite(revision) ? revision : -1, intent: fields.intent, fields },
    await requestClient(),
    NO_VIEW,
  );
  return finish(w, id, result);
}
