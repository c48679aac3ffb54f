import { de } from "./de";
import { es } from "./es";

/**
 * The code defaults' step copy in German and Spanish, keyed by the English text. English needs
 * none: it is the source. Versions published in the studio add or override entries in their own
 * `translations` (see lib/flows/localize.ts).
 */
export const codeTranslations: Record<"de" | "es", Readonly<Record<string, string>>> = { de, es };
