import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import type { Metadata } from "next";
import { StepForm } from "@/components/step-form";
import { initialView } from "@/lib/flows/runtime";
import { errorMessage } from "@/lib/flows/messages";
import { startRecovery } from "./actions";

export const metadata: Metadata = { title: "Forgot Password" };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const view = await initialView("password-recovery");
  if (sp.expired) view.error = { code: "expired", message: "That attempt expired or was opened in another browser. Start again below." };
  if (sp.limited) view.error = { code: "start_limited", message: errorMessage("start_limited", { until: Number(sp.limited) }) };
  return <StepForm view={view} action={startRecovery} />;
}
