"use client";

import Link from "next/link";
import { useState } from "react";
import { countriesIn, regions, type Region } from "@/lib/countries";

type Props = { basePath: string; region: Region; query?: string };

function href(basePath: string, params: Record<string, string | undefined>) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v) as [string, string][]);
  return `${basePath}${qs.size ? `?${qs}` : ""}`;
}

/**
 * The search box, region tabs and country list of the Country/Region step. With JavaScript the list
 * follows what is typed; without it the Search button and the tabs are plain GET links and forms.
 */
export function CountryFinder({ basePath, region, query }: Props) {
  const [q, setQ] = useState(query ?? "");
  const searching = q.trim() !== "";
  const list = countriesIn(region, q);
  return (
    <>
      <form method="get" action={basePath} className="mt-4 flex gap-2" role="search">
        <label htmlFor="country-search" className="sr-only">
          Search countries
        </label>
        <input
          id="country-search"
          name="q"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search countries"
          aria-controls="country-list"
          autoComplete="off"
          className="input"
        />
        <button type="submit" className="btn-secondary">
          Search
        </button>
      </form>
      <nav aria-label="Regions" className="mt-4 flex flex-wrap gap-1 border-b border-zinc-200">
        {regions.map((r) => (
          <Link
            key={r}
            href={href(basePath, { region: r })}
            onClick={() => setQ("")}
            aria-current={!searching && r === region ? "page" : undefined}
            className={`whitespace-nowrap px-3 py-2 text-sm font-medium ${
              !searching && r === region ? "border-b-2 border-brand text-brand" : "text-zinc-600 hover:text-zinc-900"
            }`}
          >
            {r}
          </Link>
        ))}
      </nav>
      <p className="sr-only" aria-live="polite">
        {searching ? `${list.length} ${list.length === 1 ? "country matches" : "countries match"}` : ""}
      </p>
      <ul id="country-list" className="mt-3 grid grid-cols-2 gap-1 sm:grid-cols-3" aria-label="Countries">
        {list.map((c) => (
          <li key={c.code}>
            <Link
              href={href(basePath, { region, q: searching ? q.trim() : undefined, confirm: c.code })}
              className="block truncate rounded px-2 py-1.5 text-sm hover:bg-zinc-100"
              title={c.name}
            >
              {c.name}
            </Link>
          </li>
        ))}
        {!list.length && <li className="col-span-full text-sm text-zinc-600">No country matches “{q.trim()}”.</li>}
      </ul>
    </>
  );
}
