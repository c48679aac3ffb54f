"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { localCountries, localCountriesIn, regions, type Region } from "@/lib/countries";

/** The finder's fixed words in the page's language; `{n}` and `{query}` are filled in here. */
export type CountryFinderWords = {
  searchLabel: string;
  search: string;
  regionsLabel: string;
  countriesLabel: string;
  matchOne: string;
  matchOther: string;
  noMatch: string;
  regions: Record<Region, string>;
};

type Props = {
  basePath: string;
  region: Region;
  query?: string;
  /** The page's language: the names' order and the plural of the match count. */
  locale?: string;
  /** Country names in that language by code (from the server, so both render the same); English when absent. */
  names?: Record<string, string>;
  words: CountryFinderWords;
};

function href(basePath: string, params: Record<string, string | undefined>) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v) as [string, string][]);
  return `${basePath}${qs.size ? `?${qs}` : ""}`;
}

/**
 * The search box, region tabs and country list of the Country/Region step. With JavaScript the list
 * follows what is typed; without it the Search button and the tabs are plain GET links and forms.
 * Names show, sort and match in the page's language; the English names and aliases still match.
 */
export function CountryFinder({ basePath, region, query, locale = "en", names, words }: Props) {
  const [q, setQ] = useState(query ?? "");
  const all = useMemo(() => localCountries(locale, names), [locale, names]);
  const searching = q.trim() !== "";
  const list = localCountriesIn(all, region, locale, q);
  const matches = new Intl.PluralRules(locale).select(list.length) === "one" ? words.matchOne : words.matchOther;
  return (
    <>
      <form method="get" action={basePath} className="mt-4 flex gap-2" role="search">
        <label htmlFor="country-search" className="sr-only">
          {words.searchLabel}
        </label>
        <input
          id="country-search"
          name="q"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={words.searchLabel}
          aria-controls="country-list"
          autoComplete="off"
          className="input"
        />
        <button type="submit" className="btn-secondary">
          {words.search}
        </button>
      </form>
      <nav aria-label={words.regionsLabel} className="mt-4 flex flex-wrap gap-1 border-b border-zinc-200">
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
            {words.regions[r]}
          </Link>
        ))}
      </nav>
      <p className="sr-only" aria-live="polite">
        {searching ? matches.replace("{n}", String(list.length)) : ""}
      </p>
      <ul id="country-list" className="mt-3 grid grid-cols-2 gap-1 sm:grid-cols-3" aria-label={words.countriesLabel}>
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
        {!list.length && <li className="col-span-full text-sm text-zinc-600">{words.noMatch.replace("{query}", q.trim())}</li>}
      </ul>
    </>
  );
}
