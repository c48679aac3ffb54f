"use server";

import { redirect } from "next/navigation";
import { accountById } from "@/lib/accounts/account";
import { requireUser } from "@/lib/auth/guard";
import { flowSubject, startFlow } from "@/lib/flows/runtime";
import { setFlowToken } from "@/lib/http/flow-cookie";
import { requestClient } from "@/lib/http/form";
import { submitWizard, type WizardPages } from "@/lib/http/flow-pages";

const BASE = "/account/security/contact";
const contactChange: WizardPages = { flow: "contact-change", basePath: BASE, completedPath: (r) => `${BASE}/${r.view.id}` };

/** Start a contact change for the signed-in account; its id and country come from the session, not the form. */
export async function startContactChange(): Promise<void> {
  const me = await requireUser(BASE);
  const user = await accountById(me.id);
  if (!user) redirect(`/login?next=${BASE}`);
  const started = await startFlow("contact-change", await requestClient(), { issueCaptchas: false }, {
    subject: me.id,
    context: { account: { id: me.id }, country: user.country },
  });
  if (started.kind === "limited") redirect(`${BASE}?limited=1`);
  await setFlowToken(started.id, started.token);
  redirect(`${BASE}/${started.id}`);
}

export async function submitContactChange(formData: FormData): Promise<void> {
  const me = await requireUser(BASE);
  // Only the account the change was started for may continue it.
  if ((await flowSubject("contact-change", String(formData.get("flowId") ?? ""))) !== me.id) redirect(`${BASE}?expired=1`);
  await submitWizard(contactChange, formData);
}
