import { countries as all } from "countries-list";

/** The region tabs of the Country/Region picker, in the seeds' order. */
export const regions = ["Europe", "Asia", "America", "Africa", "Oceania"] as const;
export type Region = (typeof regions)[number];

export type Country = {
  code: string;
  name: string;
  region: Region;
  callingCode: string;
  /** Other names people search by: the ISO name, the native name, common short forms. */
  aliases: string[];
};

const regionOf: Record<string, Region | undefined> = {
  EU: "Europe",
  AS: "Asia",
  NA: "America",
  SA: "America",
  AF: "Africa",
  OC: "Oceania",
};

/** Names as the seeds show them where they differ from the ISO short names. */
const displayNames: Record<string, string> = { US: "USA", GB: "United Kingdom" };

/** Names in everyday use that neither the display name nor countries-list's native name covers. */
const commonNames: Record<string, string[]> = {
  US: ["United States", "United States of America", "America", "US"],
  GB: ["UK", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  NL: ["Holland", "The Netherlands"],
  CZ: ["Czech Republic"],
  KR: ["Korea", "Republic of Korea"],
  RU: ["Russian Federation"],
  CI: ["Côte d'Ivoire"],
  MM: ["Burma"],
  VA: ["Holy See", "Vatican"],
  TR: ["Turkey"],
  SZ: ["Swaziland"],
  MK: ["Macedonia"],
  CV: ["Cape Verde"],
  TL: ["Timor-Leste"],
  AE: ["UAE", "Emirates"],
  BA: ["Bosnia"],
  CD: ["DR Congo", "Congo-Kinshasa"],
  CG: ["Congo-Brazzaville"],
};

export const countries: Country[] = Object.entries(all)
  .flatMap(([code, c]) => {
    const region = regionOf[c.continent];
    if (!region) return [];
    const name = displayNames[code] ?? c.name;
    const aliases = [...new Set([c.name, c.native, ...(commonNames[code] ?? [])])].filter((a) => a && a !== name);
    return [{ code, name, region, callingCode: String(c.phone[0] ?? ""), aliases }];
  })
  .sort((a, b) => a.name.localeCompare(b.name, "en"));

const byCode = new Map(countries.map((c) => [c.code, c]));

export function countryByCode(code: string | undefined | null): Country | undefined {
  return code ? byCode.get(code.toUpperCase()) : undefined;
}

/** Lower case without accents, so "turkiye" finds Türkiye and "cote" finds Côte d'Ivoire. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const searchable = countries.map((c) => ({ country: c, name: fold(c.name), others: c.aliases.map(fold), code: c.code.toLowerCase() }));

/**
 * How well a country answers a query (lower is better), or undefined when it does not: its name
 * or code or another of its names exactly, then its name starting with the query, then another of its names starting with
 * it, then any word of a name starting with it, then a name containing it.
 */
function rank(entry: (typeof searchable)[number], q: string): number | undefined {
  if (entry.name === q || entry.code === q || entry.others.includes(q)) return 0;
  if (entry.name.startsWith(q)) return 1;
  if (entry.others.some((a) => a.startsWith(q))) return 2;
  const words = (n: string) => n.split(/[\s\-(),.']+/);
  if ([entry.name, ...entry.others].some((n) => words(n).some((w) => w.startsWith(q)))) return 3;
  if ([entry.name, ...entry.others].some((n) => n.includes(q))) return 4;
  return undefined;
}

/** Countries matching a search, best first (names starting with the query before the rest). */
export function searchCountries(query: string): Country[] {
  const q = fold(query.trim());
  if (!q) return [];
  return searchable
    .flatMap((e) => {
      const r = rank(e, q);
      return r === undefined ? [] : [{ r, c: e.country }];
    })
    .sort((a, b) => a.r - b.r || a.c.name.localeCompare(b.c.name, "en"))
    .map((x) => x.c);
}

export function countriesIn(region: Region, query?: string): Country[] {
  if (query?.trim()) return searchCountries(query);
  return countries.filter((c) => c.region === region);
}

export function regionFromParam(value: string | undefined): Region {
  return regions.find((r) => r.toLowerCase() === value?.toLowerCase()) ?? "Europe";
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in a language: the seeds' English names for English, the platform's translated
 * region names (ICU, through Intl.DisplayNames) for the others.
 */
export function countryName(code: string, locale: string): string {
  const country = countryByCode(code);
  if (!country) return code;
  if (locale === "en") return country.name;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" })));
  return names.of(country.code) ?? country.name;
}

/** Every country's name in a language, by code (what a server page hands the picker in the browser). */
export function countryNames(locale: string): Record<string, string> {
  return Object.fromEntries(countries.map((c) => [c.code, countryName(c.code, locale)]));
}

const localLists = new Map<string, Country[]>();

/**
 * The countries as a language names and sorts them: the name in that language (from `names`, else
 * countryName), the English name and the other names kept as aliases so a search finds either.
 * English is the list above as it is.
 */
export function localCountries(locale: string, names?: Record<string, string>): Country[] {
  if (locale === "en") return countries;
  const known = localLists.get(locale);
  if (known && !names) return known;
  const collator = new Intl.Collator(locale);
  const list = countries
    .map((c) => {
      const name = names?.[c.code] ?? countryName(c.code, locale);
      return { ...c, name, aliases: [...new Set([c.name, ...c.aliases])].filter((a) => a !== name) };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  if (!names) localLists.set(locale, list);
  return list;
}

const localSearch = new WeakMap<Country[], typeof searchable>();

/** searchCountries for a list from localCountries: its own names first, then the aliases. */
export function searchLocalCountries(list: Country[], query: string, locale: string): Country[] {
  if (list === countries) return searchCountries(query);
  const q = fold(query.trim());
  if (!q) return [];
  let entries = localSearch.get(list);
  if (!entries) localSearch.set(list, (entries = list.map((c) => ({ country: c, name: fold(c.name), others: c.aliases.map(fold), code: c.code.toLowerCase() }))));
  const collator = new Intl.Collator(locale);
  return entries
    .flatMap((e) => {
      const r = rank(e, q);
      return r === undefined ? [] : [{ r, c: e.country }];
    })
    .sort((a, b) => a.r - b.r || collator.compare(a.c.name, b.c.name))
    .map((x) => x.c);
}

/** countriesIn for a list from localCountries. */
export function localCountriesIn(list: Country[], region: Region, locale: string, query?: string): Country[] {
  if (query?.trim()) return searchLocalCountries(list, query, locale);
  return list.filter((c) => c.region === region);
}
