import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/request";
import { WizardPage } from "@/components/wizard-page";
import { submitInstallerRegistrationStep } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.register.installerTitle") };
}

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
