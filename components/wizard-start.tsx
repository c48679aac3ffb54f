import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import { CountryPicker } from "./country-picker";
import { regionFromParam } from "@/lib/countries";
import { errorMessage } from "@/lib/flows/messages";
import { firstStepProgress } from "@/lib/flows/runtime";

type Props = {
  basePath: string;
  searchParams: Record<string, string | undefined>;
  action: (formData: FormData) => Promise<void>;
  title?: string;
  note?: string;
  /** The flow this page starts, for its step indicator. */
  flow?: string;
};

/** The first page of a wizard: the Country/Region step, before any flow exists. */
export async function WizardStart({ basePath, searchParams: sp, action, title, note, flow }: Props) {
  const error = sp.expired
    ? "That registration expired or was opened in another browser. Start again below."
    : sp.limited
      ? errorMessage("start_limited", { until: Number(sp.limited) })
      : undefined;
  return (
    <CountryPicker
      basePath={basePath}
      region={regionFromParam(sp.region)}
      query={sp.q}
      confirm={sp.confirm}
      action={action}
      error={error}
      title={title}
      note={note}
      progress={flow ? await firstStepProgress(flow) : undefined}
    />
  );
}
