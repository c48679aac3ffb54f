"use server";

import { startWizard, submitWizard, type WizardPages } from "@/lib/http/flow-pages";

const userRegistration: WizardPages = {
  flow: "user-registration",
  basePath: "/register",
  completedPath: () => "/account?registered=1",
};

/** First step: the country is chosen before any flow exists, so this starts one and submits it. */
export async function startRegistration(formData: FormData): Promise<void> {
  await startWizard(userRegistration, formData);
}

export async function submitRegistrationStep(formData: FormData): Promise<void> {
  await submitWizard(userRegistration, formData);
}
