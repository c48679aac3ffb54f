import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import Link from "next/link";
import { redirect } from "next/navigation";
import { CountryPicker } from "./country-picker";
import { StepForm } from "./step-form";
import { regionFromParam } from "@/lib/countries";
import { errorMessage } from "@/lib/flows/messages";
import { showFlow } from "@/lib/flows/runtime";
import { flowToken } from "@/lib/http/flow-cookie";

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
  if (sp.notice === "stale" && !view.error) view.error = { code: "stale", message: errorMessage("stale") };
  if (view.status === "expired") {
    return (
      <section className="card">
        <h1 className="text-xl font-bold">This has expired</h1>
        <p className="mt-2 text-sm text-zinc-600">For your security, these steps must be finished within a limited time. Nothing was changed.</p>
        <Link href={basePath} className="btn-primary mt-5">
          Start again
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
