import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CountryPicker } from "./country-picker";
import { StepForm } from "./step-form";
import { regionFromParam } from "@/lib/countries";
import { showFlow } from "@/lib/flows/runtime";
import { flowToken } from "@/lib/http/flow-cookie";
import { getTranslator } from "@/lib/i18n/request";
import type { MessageKey } from "@/lib/messages";

type Props = {
  flow: string;
  basePath: string;
  flowId: string;
  searchParams: Record<string, string | undefined>;
  action: (formData: FormData) => Promise<void>;
  /** Where a completed flow goes; unset: its last step is shown. */
  completedRedirect?: string;
};

/** The current step of a wizard, rendered from its description (country picker or step form). */
export async function WizardPage({ flow, basePath, flowId, searchParams: sp, action, completedRedirect }: Props) {
  const result = await showFlow(flow, flowId, await flowToken(flowId));
  if (result.kind === "not_found") redirect(`${basePath}?expired=1`);
  if (result.kind === "completed" && completedRedirect) redirect(completedRedirect);
  if (result.kind !== "view" && result.kind !== "completed") redirect(basePath);
  const { view } = result;
  const i18n = await getTranslator();
  if (sp.notice === "stale" && !view.error) view.error = { code: "stale", message: i18n.t("flow.stale") };
  if (view.status === "expired") {
    return (
      <section className="card">
        <h1 className="text-xl font-bold">{i18n.t("wizard.wizard.expiredTitle")}</h1>
        <p className="mt-2 text-sm text-zinc-600">{i18n.t("wizard.wizard.expiredText")}</p>
        <Link href={basePath} className="btn-primary mt-5">
          {i18n.t("wizard.wizard.startAgain")}
        </Link>
      </section>
    );
  }
  if (view.step === "country") {
    return (
      <CountryPicker
        basePath={`${basePath}/${flowId}`}
        region={regionFromParam(sp.region)}
        query={sp.q}
        confirm={sp.confirm}
        action={action}
        hidden={{ flowId, revision: view.revision, intent: "SELECT_COUNTRY" }}
        // The picker has one message slot: a refused country (say, with control characters) shows there too.
        error={view.error?.message ?? view.fields.find((f) => f.kind === "country")?.error?.message}
        note={view.description}
        progress={view.progress}
      />
    );
  }
  return <StepForm view={view} action={action} />;
}

/** What Next.js hands the page of a wizard's step (…/[flowId]/page.tsx). */
export type WizardStepPageProps = { params: Promise<{ flowId: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** The page of a wizard's step whose route adds nothing of its own: the flow's current step. */
export function wizardStepPage(wizard: Omit<Props, "flowId" | "searchParams">) {
  return async function WizardStepPage({ params, searchParams }: WizardStepPageProps) {
    return <WizardPage {...wizard} flowId={(await params).flowId} searchParams={await searchParams} />;
  };
}

/** A wizard page's title, in the request's language (its generateMetadata). */
export function wizardTitle(key: MessageKey) {
  return async (): Promise<Metadata> => ({ title: (await getTranslator()).t(key) });
}
