import type { Metadata } from "next";
import { WizardPage } from "@/components/wizard-page";
import { submitInstallerRegistrationStep } from "../actions";

export const metadata: Metadata = { title: "Register as an Installer" };

type Props = { params: Promise<{ flowId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function InstallerRegistrationStepPage({ params, searchParams }: Props) {
  return (
    <WizardPage
      flow="installer-registration"
      basePath="/register/installer"
      flowId={(await params).flowId}
      searchParams={await searchParams}
      action={submitInstallerRegistrationStep}
    />
  );
}
