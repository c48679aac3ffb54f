/**
 * A stand-in for "next/headers" whose request carries the language a test sets: Accept-Language
 * and the language picker's gh_lang cookie.
 * Use as `vi.mock("next/headers", () => import("../support/request-language"))`.
 */
export const request = { acceptLanguage: "en", cookie: undefined as string | undefined };

export const headers = async () => new Headers({ "accept-language": request.acceptLanguage });

export const cookies = async () => ({ get: (name: string) => (name === "gh_lang" && request.cookie ? { name, value: request.cookie } : undefined) });
