import { countries as all } from "countries-list";

/** The region tabs of the Country/Region picker, in the seeds' order. */
export const regions = ["Europe", "Asia", "America", "Africa", "Oceania"] as const;
export type Region = (typeof regions)[number];

export type Country = { code: string; name: string; region: Region; callingCode: string };

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

export const countries: Country[] = Object.entries(all)
  .flatMap(([code, c]) => {
    const region = regionOf[c.continent];
    if (!region) return [];
    return [{ code, name: displayNames[code] ?? c.name, region, callingCode: String(c.phone[0] ?? "") }];
  })
  .sort((a, b) => a.name.localeCompare(b.name, "en"));

const byCode = new Map(countries.map((c) => [c.code, c]));

export function countryByCode(code: string | undefined | null): Country | undefined {
  return code ? byCode.get(code.toUpperCase()) : undefined;
}

export function countriesIn(region: Region, query?: string): Country[] {
  const q = query?.trim().toLowerCase();
  if (q) return countries.filter((c) => c.name.toLowerCase().includes(q) || c.code.toLowerCase() === q);
  return countries.filter((c) => c.region === region);
}

export function regionFromParam(value: string | undefined): Region {
  return regions.find((r) => r.toLowerCase() === value?.toLowerCase()) ?? "Europe";
}
