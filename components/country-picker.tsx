import Link from "next/link";
import { countryByCode, countryName, countryNames, regions, type Region } from "@/lib/countries";
import { getTranslator } from "@/lib/i18n/request";
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
export async function CountryPicker({ basePath, region, query, confirm, action, hidden = {}, error, title, note, progress }: Props) {
  const i18n = await getTranslator();
  const pending = countryByCode(confirm);
  const href = (params: Record<string, string | undefined>) => {
    const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v) as [string, string][]);
    return `${basePath}${qs.size ? `?${qs}` : ""}`;
  };
  return (
    <section className="card max-w-2xl">
      {progress && <StepIndicator {...progress} />}
      <h1 className="text-xl font-bold">{title ?? i18n.t("wizard.country.title")}</h1>
      <p className="mt-1 text-sm text-zinc-600">{note ?? i18n.t("wizard.country.note")}</p>
      {error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <CountryFinder
        key={`${region}|${query ?? ""}`}
        basePath={basePath}
        region={region}
        query={query}
        locale={i18n.locale}
        // The server names the countries, so the browser shows the same names it rendered.
        names={i18n.locale === "en" ? undefined : countryNames(i18n.locale)}
        words={{
          searchLabel: i18n.t("wizard.country.searchLabel"),
          search: i18n.t("wizard.country.search"),
          regionsLabel: i18n.t("wizard.country.regionsLabel"),
          countriesLabel: i18n.t("wizard.country.countriesLabel"),
          matchOne: i18n.t("wizard.country.matchOne", { n: "{n}" }),
          matchOther: i18n.t("wizard.country.matchOther", { n: "{n}" }),
          noMatch: i18n.t("wizard.country.noMatch", { query: "{query}" }),
          regions: Object.fromEntries(regions.map((r) => [r, i18n.t(`wizard.regions.${r}`)])) as Record<Region, string>,
        }}
      />
      {pending && (
        <div className="fixed inset-0 z-10 flex items-center justify-center bg-black/40 p-4">
          <div role="dialog" aria-modal="true" aria-labelledby="confirm-title" className="w-full max-w-sm rounded-lg bg-white p-5 shadow-xl">
            <h2 id="confirm-title" className="font-semibold">
              {i18n.t("wizard.country.confirmTitle")}
            </h2>
            <p className="mt-2 text-sm">{i18n.t("wizard.country.confirmText", { name: countryName(pending.code, i18n.locale) })}</p>
            <form action={action} className="mt-4 flex justify-end gap-2">
              {Object.entries(hidden).map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
              <input type="hidden" name="country" value={pending.code} />
              <Link href={href({ region, q: query })} className="btn-secondary">
                {i18n.t("wizard.country.cancel")}
              </Link>
              <SubmitButton className="btn-primary !w-auto px-5" autoFocus workingLabel={i18n.t("wizard.step.working")}>
                {i18n.t("wizard.country.ok")}
              </SubmitButton>
            </form>
          </div>
        </div>
      )}
    </section>
  );
}
