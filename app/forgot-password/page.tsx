import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import type { Metadata } from "next";
import { StepForm } from "@/components/step-form";
import { initialView } from "@/lib/flows/runtime";
import { startLimitedMessage } from "@/components/wizard-start";
import { getTranslator } from "@/lib/i18n/request";
import { startRecovery } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.recovery.title") };
}

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const view = await initialView("password-recovery");
  const i18n = await getTranslator();
  if (sp.expired) view.error = { code: "expired", message: i18n.t("wizard.recovery.expired") };
  if (sp.limited) view.error = { code: "start_limited", message: startLimitedMessage(i18n, Number(sp.limited)) };
  return <StepForm view={view} action={startRecovery} />;
}
