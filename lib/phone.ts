import { getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** The calling code for a country ("US" -> "+1"), or undefined if it has none. */
export function callingCodeFor(country: string | undefined): string | undefined {
  if (!country) return undefined;
  try {
    return `+${getCountryCallingCode(country.toUpperCase() as CountryCode)}`;
  } catch {
    return undefined;
  }
}

/**
 * A number as typed for the chosen country (national digits, or a full +number) in E.164,
 * or null when it is not a valid number for that country.
 */
export function toE164(input: string, country: string | undefined): string | null {
  const cleaned = input.replace(/[\s().-]/g, "");
  if (!/^\+?\d{4,17}$/.test(cleaned)) return null;
  const parsed = parsePhoneNumberFromString(cleaned, country?.toUpperCase() as CountryCode | undefined);
  if (!parsed || !parsed.isValid()) return null;
  if (country && parsed.country !== country.toUpperCase()) {
    // A number from another country than the one chosen: Country Code is fixed by the country.
    return null;
  }
  return parsed.number;
}

/**
 * A number typed in any format (spaces, dots, dashes, brackets; +, the default country's
 * international prefix, or none) in E.164, or null when it is not a valid number. Without a +
 * it is read first as a national number of `defaultCountry`, then as digits that start with
 * their country code: "(201) 555-0143", "1 201 555 0143" and "+1.201.555.0143" all give
 * +12015550143 with the default US.
 */
export function phoneFromAnyFormat(input: string, defaultCountry: string | undefined): string | null {
  const cleaned = input.trim().replace(/[\s().-]/g, "");
  if (!/^\+?\d{4,17}$/.test(cleaned)) return null;
  const country = defaultCountry && isSupportedCountry(defaultCountry.toUpperCase()) ? (defaultCountry.toUpperCase() as CountryCode) : undefined;
  const readings = cleaned.startsWith("+") ? [parsePhoneNumberFromString(cleaned)] : [country && parsePhoneNumberFromString(cleaned, country), parsePhoneNumberFromString(`+${cleaned}`)];
  return readings.find((p) => p && p.isValid())?.number ?? null;
}

/** Digits typed without a country code: "(201) 555-4627", "030 1234567". */
export function looksNational(input: string): boolean {
  const text = input.trim();
  return !text.startsWith("+") && /^[\d\s().-]{4,24}$/.test(text) && /\d{4}/.test(text.replace(/\D/g, ""));
}

/**
 * Every country for which a national number is valid, with its E.164 form: a number typed without
 * its country code can only be matched against accounts whose country it belongs to.
 */
export function nationalReadings(input: string): { country: string; e164: string }[] {
  const cleaned = input.trim().replace(/[\s().-]/g, "");
  if (!/^\d{4,17}$/.test(cleaned)) return [];
  const readings: { country: string; e164: string }[] = [];
  for (const country of getCountries()) {
    const parsed = parsePhoneNumberFromString(cleaned, country);
    if (parsed && parsed.country === country && parsed.isValid()) readings.push({ country, e164: parsed.number });
  }
  return readings;
}

/** For showing a number back: "+1 201 555 0123". */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** "a***@example.com" or "+1 *** *** 0123": enough to recognise, not enough to read off. */
export function maskContact(contact: string): string {
  if (contact.includes("@")) {
    const [local, domain] = contact.split("@");
    return `${local.slice(0, 1)}***@${domain}`;
  }
  return `${contact.slice(0, 2)}*** *** ${contact.slice(-4)}`;
}
