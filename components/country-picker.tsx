import Link from "next/link";
import { countryByCode, type Region } from "@/lib/countries";
import type { Progress } from "@/lib/flows/progress";
import { CountryFinder } from "./country-finder";
import { StepIndicator } from "./step-indicator";
import { SubmitButton } from "./submit-button";

type Props = {
  /** The page this picker lives on; tabs, search and the dialog are plain links to it. */
  basePath: string;
  region: Region;
  query?: string;
  /** The country waiting for confirmation, if one was clicked. */
  confirm?: string;
  action: (formData: FormData) => Promise<void>;
  hidden?: Record<string, string | number>;
  error?: string;
  title?: string;
  /** Replaces the default line under the title (e.g. that the choice is final). */
  note?: string;
  /** Where this step stands in its wizard ("Step 1 of 4"). */
  progress?: Progress;
};

/**
 * The Country/Region step: region tabs, a country list, a search box and the
 * "Sure to select ...?" confirmation. Everything is links and forms, so it works without JavaScript.
 */
export function CountryPicker({ basePath, region, query, confirm, action, hidden = {}, error, title = "Country/Region", note, progress }: Props) {
  const pending = countryByCode(confirm);
  const href = (params: Record<string, string | undefined>) => {
    const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v) as [string, string][]);
    return `${basePath}${qs.size ? `?${qs}` : ""}`;
  };
  return (
    <section className="card max-w-2xl">
      {progress && <StepIndicator {...progress} />}
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="mt-1 text-sm text-zinc-600">{note ?? "Choose the country or region you live in."}</p>
      {error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <CountryFinder key={`${region}|${query ?? ""}`} basePath={basePath} region={region} query={query} />
      {pending && (
        <div className="fixed inset-0 z-10 flex items-center justify-center bg-black/40 p-4">
          <div role="dialog" aria-modal="true" aria-labelledby="confirm-title" className="w-full max-w-sm rounded-lg bg-white p-5 shadow-xl">
            <h2 id="confirm-title" className="font-semibold">
              Choose Country
            </h2>
            <p className="mt-2 text-sm">Sure to select &quot;{pending.name}&quot;?</p>
            <form action={action} className="mt-4 flex justify-end gap-2">
              {Object.entries(hidden).map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
              <input type="hidden" name="country" value={pending.code} />
              <Link href={href({ region, q: query })} className="btn-secondary">
                Cancel
              </Link>
              <SubmitButton className="btn-primary !w-auto px-5" autoFocus>
                Ok
              </SubmitButton>
            </form>
          </div>
        </div>
      )}
    </section>
  );
}
