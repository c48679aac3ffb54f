import "@/lib/engine"; // the app's flows and effect handlers, registered with the engine
import { CountryPicker } from "./country-picker";
import { now } from "@/lib/clock";
import { regionFromParam } from "@/lib/countries";
import { firstStepProgress } from "@/lib/flows/runtime";
import { getTranslator } from "@/lib/i18n/request";
import type { Translator } from "@/lib/messages";

type Props = {
  basePath: string;
  searchParams: Record<string, string | undefined>;
  action: (formData: FormData) => Promise<void>;
  title?: string;
  note?: string;
  /** The flow this page starts, for its step indicator. */
  flow?: string;
};

/** "Too many attempts … try again in N minutes" in the request's language, from the time the limit lifts (epoch ms). */
export function startLimitedMessage(i18n: Translator, until: number): string {
  return i18n.t("flow.start_limited", { minutes: Math.max(1, Math.ceil((until - now()) / 60_000)) });
}

/** The first page of a wizard: the Country/Region step, before any flow exists. */
export async function WizardStart({ basePath, searchParams: sp, action, title, note, flow }: Props) {
  const i18n = await getTranslator();
  const error = sp.expired ? i18n.t("wizard.register.expired") : sp.limited ? startLimitedMessage(i18n, Number(sp.limited)) : undefined;
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
