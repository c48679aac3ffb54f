import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/request";
import { WizardPage } from "@/components/wizard-page";
import { submitRecoveryStep } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.recovery.title") };
}

type Props = { params: Promise<{ flowId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function RecoveryStepPage({ params, searchParams }: Props) {
  return (
    <WizardPage
      flow="password-recovery"
      basePath="/forgot-password"
      flowId={(await params).flowId}
      searchParams={await searchParams}
      action={submitRecoveryStep}
    />
  );
}
