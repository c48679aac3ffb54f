import type { Metadata } from "next";
import { WizardPage } from "@/components/wizard-page";
import { submitRegistrationStep } from "../actions";

export const metadata: Metadata = { title: "Register" };

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
