"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { config } from "@/lib/config";
import { flowSubject, startFlow } from "@/lib/flows/runtime";
import { parseTarget, scanLan } from "@/lib/devices/sadp-client";
import { uploadLabelPhoto } from "@/lib/cases/photo-upload";
import { flowToken, setFlowToken } from "@/lib/http/flow-cookie";
import { submitWizard, type WizardPages } from "@/lib/http/flow-pages";
import { requestClient } from "@/lib/http/form";

const BASE = "/tools/cases/new/reset";
const NO_VIEW = { issueCaptchas: false };

/** Scan the LAN, then start the case flow with what answered (the flow never trusts a form for the device list). */
export async function startResetCase(): Promise<void> {
  const me = await requireUser(BASE);
  const target = parseTarget(config.sadpTarget);
  const scan = target ? await scanLan({ target, timeoutMs: config.sadpScanMs }) : [];
  const started = await startFlow("device-reset-case", await requestClient(), NO_VIEW, { subject: me.id, context: { account: { id: me.id }, scan } });
  if (started.kind === "limited") redirect(`${BASE}?limited=1`);
  await setFlowToken(started.id, started.token);
  redirect(`${BASE}/${started.id}`);
}

/**
 * The photo is checked, stripped and stored here (after the flow, its step and the upload quota);
 * the flow gets a signed token for it, or the reason it was refused.
 */
async function photoField(formData: FormData, accountId: string, flowId: string): Promise<string | undefined> {
  const file = formData.get("photo");
  if (!(file instanceof File)) return undefined;
  if (file.size === 0) return "";
  const result = await uploadLabelPhoto({ userId: accountId, flowId, flowToken: await flowToken(flowId), photo: file });
  if (result.ok) return result.token;
  if (result.code === "flow_not_found") redirect(`${BASE}?expired=1`);
  // Not on the photo step (an old tab): nothing was stored; the step shows where the flow stands.
  if (result.code === "wrong_step") return undefined;
  return `error:${result.code}`;
}

const resetCase: WizardPages = {
  flow: "device-reset-case",
  basePath: BASE,
  completedPath: (r) => (r.caseId ? `/cases/${r.caseId}?submitted=1` : "/cases"),
};

export async function submitResetCase(formData: FormData): Promise<void> {
  const me = await requireUser(BASE);
  // Only the account the case was started for may continue it.
  const flowId = String(formData.get("flowId") ?? "");
  if ((await flowSubject("device-reset-case", flowId)) !== me.id) redirect(`${BASE}?expired=1`);
  const photo = await photoField(formData, me.id, flowId);
  await submitWizard(resetCase, formData, photo === undefined ? {} : { photo });
}
