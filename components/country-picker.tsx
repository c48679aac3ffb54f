import Link from "next/link";
import { countriesIn, countryByCode, regions, type Region } from "@/lib/countries";

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
};

/**
 * The Country/Region step: region tabs, a country list, a search box and the
 * "Sure to select ...?" confirmation. Everything is links and forms, so it works without JavaScript.
 */
export function CountryPicker({ basePath, region, query, confirm, action, hidden = {}, error, title = "Country/Region", note }: Props) {
  const list = countriesIn(region, query);
  const pending = countryByCode(confirm);
  const href = (params: Record<string, string | undefined>) => {
    const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v) as [string, string][]);
    return `${basePath}${qs.size ? `?${qs}` : ""}`;
  };
  return (
    <section className="card max-w-2xl">
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="mt-1 text-sm text-zinc-600">{note ?? "Choose the country or region you live in."}</p>
      {error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <form method="get" action={basePath} className="mt-4 flex gap-2" role="search">
        <label htmlFor="country-search" className="sr-only">
          Search countries
        </label>
        <input id="country-search" name="q" defaultValue={query} placeholder="Search countries" className="input" />
        <button type="submit" className="btn-secondary">
          Search
        </button>
      </form>
      <nav aria-label="Regions" className="mt-4 flex flex-wrap gap-1 border-b border-zinc-200">
        {regions.map((r) => (
          <Link
            key={r}
            href={href({ region: r })}
            aria-current={!query && r === region ? "page" : undefined}
            className={`whitespace-nowrap px-3 py-2 text-sm font-medium ${
              !query && r === region ? "border-b-2 border-brand text-brand" : "text-zinc-600 hover:text-zinc-900"
            }`}
          >
            {r}
          </Link>
        ))}
      </nav>
      <ul className="mt-3 grid grid-cols-2 gap-1 sm:grid-cols-3" aria-label="Countries">
        {list.map((c) => (
          <li key={c.code}>
            <Link
              href={href({ region, q: query, confirm: c.code })}
              className="block truncate rounded px-2 py-1.5 text-sm hover:bg-zinc-100"
              title={c.name}
            >
              {c.name}
            </Link>
          </li>
        ))}
        {!list.length && <li className="col-span-full text-sm text-zinc-600">No country matches “{query}”.</li>}
      </ul>
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
              <button type="submit" className="btn-primary !w-auto px-5" autoFocus>
                Ok
              </button>
            </form>
          </div>
        </div>
      )}
    </section>
  );
}
