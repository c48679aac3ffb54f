import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { WizardPage } from "@/components/wizard-page";
import { requireUser } from "@/lib/auth/guard";
import { flowSubject } from "@/lib/flows/runtime";
import { getTranslator } from "@/lib/i18n/request";
import { submitResetCase } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.common.resetPassword") };
}

type Props = { params: Promise<{ flowId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function ResetCaseStepPage({ params, searchParams }: Props) {
  const { flowId } = await params;
  const me = await requireUser(`/tools/cases/new/reset/${flowId}`);
  if ((await flowSubject("device-reset-case", flowId)) !== me.id) redirect("/tools/cases/new/reset?expired=1");
  return <WizardPage flow="device-reset-case" basePath="/tools/cases/new/reset" flowId={flowId} searchParams={await searchParams} action={submitResetCase} completedRedirect="/cases" />;
}
