import Link from "next/link";

/** The query of a page opened from a newsletter email's link. */
export type LinkSearch = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter, or "" when it is missing. */
export const firstParam = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Where a signed-in person switches the newsletter on or off ("Me > About", in the page's language). */
export function AboutLink({ label }: { label: string }) {
  return (
    <Link href="/account/about" className="link">
      {label}
    </Link>
  );
}
