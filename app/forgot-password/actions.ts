"use server";

import { startWizard, submitWizard, type WizardPages } from "@/lib/http/flow-pages";

const recovery: WizardPages = {
  flow: "password-recovery",
  basePath: "/forgot-password",
  // The flow's last page says the password changed and links to the sign-in page.
  completedPath: (r) => `/forgot-password/${r.view.id}`,
};

export async function startRecovery(formData: FormData): Promise<void> {
  await startWizard(recovery, formData);
}

export async function submitRecoveryStep(formData: FormData): Promise<void> {
  await submitWizard(recovery, formData);
}
