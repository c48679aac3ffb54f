import { redirect } from "next/navigation";
import { WizardPage, type WizardStepPageProps, wizardTitle } from "@/components/wizard-page";
import { requireUser } from "@/lib/auth/guard";
import { flowSubject } from "@/lib/flows/runtime";
import { submitResetCase } from "../actions";

export const generateMetadata = wizardTitle("account.common.resetPassword");

export default async function ResetCaseStepPage({ params, searchParams }: WizardStepPageProps) {
  const { flowId } = await params;
  const me = await requireUser(`/tools/cases/new/reset/${flowId}`);
  if ((await flowSubject("device-reset-case", flowId)) !== me.id) redirect("/tools/cases/new/reset?expired=1");
  return <WizardPage flow="device-reset-case" basePath="/tools/cases/new/reset" flowId={flowId} searchParams={await searchParams} action={submitResetCase} completedRedirect="/cases" />;
}
