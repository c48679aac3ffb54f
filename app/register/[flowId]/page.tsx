import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/request";
import { WizardPage } from "@/components/wizard-page";
import { submitRegistrationStep } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.register.title") };
}

type Props = { params: Promise<{ flowId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function RegistrationStepPage({ params, searchParams }: Props) {
  return (
    <WizardPage
      flow="user-registration"
      basePath="/register"
      flowId={(await params).flowId}
      searchParams={await searchParams}
      action={submitRegistrationStep}
      completedRedirect="/account"
    />
  );
}
