"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { config } from "@/lib/config";
import { flowSubject, startFlow, submitStep } from "@/lib/flows/runtime";
import { parseTarget, scanLan } from "@/lib/devices/sadp-client";
import { processLabelPhoto } from "@/lib/uploads/label-photo";
import { savePhoto } from "@/lib/uploads/store";
import { photoToken } from "@/lib/cases/photo-token";
import { clearFlowToken, flowToken, setFlowToken } from "@/lib/http/flow-cookie";
import { formFields, requestClient } from "@/lib/http/form";

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

/** The photo is checked, stripped and stored here; the flow gets a signed token for it (or the reason it was refused). */
async function photoField(formData: FormData, accountId: string): Promise<string | undefined> {
  const file = formData.get("photo");
  if (!(file instanceof File)) return undefined;
  if (file.size === 0) return "";
  const result = await processLabelPhoto(new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) return `error:${result.code}`;
  return photoToken(await savePhoto(result.jpeg), result.blurry, accountId);
}

export async function submitResetCase(formData: FormData): Promise<void> {
  const me = await requireUser(BASE);
  const id = String(formData.get("flowId") ?? "");
  // Only the account the case was started for may continue it.
  if ((await flowSubject("device-reset-case", id)) !== me.id) redirect(`${BASE}?expired=1`);
  const fields: Record<string, unknown> = formFields(formData);
  const photo = await photoField(formData, me.id);
  if (photo !== undefined) fields.photo = photo;
  const revision = Number.parseInt(String(fields.revision ?? ""), 10);
  const result = await submitStep(
    "device-reset-case",
    id,
    await flowToken(id),
    { revision: Number.isFinite(revision) ? revision : -1, intent: typeof fields.intent === "string" ? fields.intent : undefined, fields },
    await requestClient(),
    NO_VIEW,
  );
  if (result.kind === "not_found") redirect(`${BASE}?expired=1`);
  if (result.kind === "completed") {
    await clearFlowToken(id);
    redirect(result.caseId ? `/cases/${result.caseId}?submitted=1` : "/cases");
  }
  redirect(result.kind === "view" && result.stale ? `${BASE}/${id}?notice=stale` : `${BASE}/${id}`);
}
