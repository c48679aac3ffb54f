import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CountryPicker } from "@/components/country-picker";
import { StepForm } from "@/components/step-form";
import { regionFromParam } from "@/lib/countries";
import { errorMessage } from "@/lib/flows/messages";
import { showFlow } from "@/lib/flows/runtime";
import { flowToken } from "@/lib/http/flow-cookie";
import { submitRegistrationStep } from "../actions";

export const metadata: Metadata = { title: "Register" };

type Props = { params: Promise<{ flowId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function RegistrationStepPage({ params, searchParams }: Props) {
  const { flowId } = await params;
  const result = await showFlow("user-registration", flowId, await flowToken(flowId));
  if (result.kind === "not_found") redirect("/register?expired=1");
  if (result.kind === "completed") redirect("/account");
  if (result.kind !== "view") redirect("/register");
  const { view } = result;
  const sp = await searchParams;
  if (sp.notice === "stale" && !view.error) view.error = { code: "stale", message: errorMessage("stale") };
  if (view.status === "expired") {
    return (
      <section className="card">
        <h1 className="text-xl font-bold">This registration has expired</h1>
        <p className="mt-2 text-sm text-zinc-600">For your security, a registration must be finished within an hour.</p>
        <Link href="/register" className="btn-primary mt-5">
          Start again
        </Link>
      </section>
    );
  }
  if (view.step === "country") {
    return (
      <CountryPicker
        basePath={`/register/${flowId}`}
        region={regionFromParam(sp.region)}
        query={sp.q}
        confirm={sp.confirm}
        action={submitRegistrationStep}
        hidden={{ flowId, revision: view.revision, intent: "SELECT_COUNTRY" }}
        error={view.error?.message}
      />
    );
  }
  return <StepForm view={view} action={submitRegistrationStep} />;
}
