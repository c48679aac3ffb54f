import { describe, expect, it } from "vitest";
import { countries, countriesIn, countryName, countryNames, localCountries, localCountriesIn, searchCountries, searchLocalCountries } from "./countries";

const codes = (q: string) => searchCountries(q).map((c) => c.code);

describe("country search", () => {
  it("knows common names, short forms and native names", () => {
    for (const q of ["United States", "America", "USA", "us", "united states of america"]) expect(codes(q)[0]).toBe("US");
    for (const q of ["UK", "Great Britain", "britain", "England"]) expect(codes(q)[0]).toBe("GB");
    expect(codes("Deutschland")[0]).toBe("DE");
    expect(codes("Holland")[0]).toBe("NL");
    expect(codes("España")[0]).toBe("ES");
    expect(codes("espana")[0]).toBe("ES");
    expect(codes("Österreich")[0]).toBe("AT");
    expect(codes("turkey")[0]).toBe("TR");
    expect(codes("turkiye")[0]).toBe("TR");
  });

  it("ranks names starting with the query before names merely containing it", () => {
    // "an" is in many names; those starting with it come first, in alphabetical order.
    const list = searchCountries("an").map((c) => c.name);
    const starting = list.filter((n) => n.toLowerCase().startsWith("an"));
    expect(starting.length).toBeGreaterThan(2);
    expect(list.slice(0, starting.length)).toEqual([...starting].sort((a, b) => a.localeCompare(b, "en")));
    expect(list).toContain("France");
    expect(list.indexOf("France")).toBeGreaterThan(starting.length - 1);
    // A word inside a name beats a match in the middle of a word.
    const ger = searchCountries("ger").map((c) => c.code);
    expect(ger[0]).toBe("DE");
    expect(ger.indexOf("NE")).toBeGreaterThan(ger.indexOf("DE")); // Niger
    expect(codes("ind")[0]).toBe("IN");
  });

  it("without a query lists the region, with one searches every region", () => {
    expect(countriesIn("Europe").every((c) => c.region === "Europe")).toBe(true);
    expect(countriesIn("Asia", "Deutschland").map((c) => c.code)).toEqual(["DE"]);
    expect(searchCountries("   ")).toEqual([]);
    expect(searchCountries("zzzz")).toEqual([]);
  });
});

describe("countries in another language", () => {
  it("names, sorts and finds countries in the language, and still finds the English names", () => {
    const de = localCountries("de");
    expect(countryName("DE", "de")).toBe("Deutschland");
    expect(de.find((c) => c.code === "DE")?.name).toBe("Deutschland");
    const europe = localCountriesIn(de, "Europe", "de").map((c) => c.name);
    expect(europe).toContain("Österreich");
    expect(europe.indexOf("Österreich")).toBeLessThan(europe.indexOf("Polen"));
    expect(searchLocalCountries(de, "deutsch", "de")[0].code).toBe("DE");
    expect(searchLocalCountries(de, "germany", "de")[0].code).toBe("DE");
    expect(searchLocalCountries(localCountries("es"), "alemania", "es")[0].code).toBe("DE");
  });

  it("takes the names a server handed over, and English stays as it was", () => {
    const list = localCountries("de", { ...countryNames("de"), FR: "Frankreich (Test)" });
    expect(list.find((c) => c.code === "FR")?.name).toBe("Frankreich (Test)");
    expect(localCountries("en")).toBe(countries);
    expect(searchLocalCountries(localCountries("en"), "germ", "en")).toEqual(searchCountries("germ"));
  });
});
