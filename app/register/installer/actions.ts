"use server";

import { startWizard, submitWizard, type WizardPages } from "@/lib/http/flow-pages";

const installerRegistration: WizardPages = {
  flow: "installer-registration",
  basePath: "/register/installer",
  // The account waits for its Verify Now link: the flow's last page says so.
  completedPath: (r) => `/register/installer/${r.view.id}`,
};

export async function startInstallerRegistration(formData: FormData): Promise<void> {
  await startWizard(installerRegistration, formData);
}

export async function submitInstallerRegistrationStep(formData: FormData): Promise<void> {
  await submitWizard(installerRegistration, formData);
}
