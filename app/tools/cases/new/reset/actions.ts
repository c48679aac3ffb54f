"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { config } from "@/lib/config";
import { flowSubject, startFlow } from "@/lib/flows/runtime";
import { parseTarget, scanLan } from "@/lib/devices/sadp-client";
import { processLabelPhoto } from "@/lib/uploads/label-photo";
import { savePhoto } from "@/lib/uploads/store";
import { photoToken } from "@/lib/cases/photo-token";
import { setFlowToken } from "@/lib/http/flow-cookie";
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

/** The photo is checked, stripped and stored here; the flow gets a signed token for it (or the reason it was refused). */
async function photoField(formData: FormData, accountId: string): Promise<string | undefined> {
  const file = formData.get("photo");
  if (!(file instanceof File)) return undefined;
  if (file.size === 0) return "";
  const result = await processLabelPhoto(new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) return `error:${result.code}`;
  return photoToken(await savePhoto(result.jpeg), result.blurry, accountId);
}

const resetCase: WizardPages = {
  flow: "device-reset-case",
  basePath: BASE,
  completedPath: (r) => (r.caseId ? `/cases/${r.caseId}?submitted=1` : "/cases"),
};

export async function submitResetCase(formData: FormData): Promise<void> {
  const me = await requireUser(BASE);
  // Only the account the case was started for may continue it.
  if ((await flowSubject("device-reset-case", String(formData.get("flowId") ?? ""))) !== me.id) redirect(`${BASE}?expired=1`);
  const photo = await photoField(formData, me.id);
  await submitWizard(resetCase, formData, photo === undefined ? {} : { photo });
}
