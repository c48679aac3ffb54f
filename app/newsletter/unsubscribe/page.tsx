import type { Metadata } from "next";
import Link from "next/link";
import { checkUnsubscribeToken } from "@/lib/newsletter";
import { unsubscribeAction } from "../actions";
import { t } from "@/lib/messages";
import { Card } from "@/components/card";

// The address carries a token: proxy.ts answers with `Referrer-Policy: no-referrer`, and lets this
// page's own form post through although the browser then sends `Origin: null` (lib/http/security-headers.ts).
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * The unsubscribe link in every newsletter email. No sign-in. Opening it (GET) only shows the
 * button, so a mail scanner fetching the link unsubscribes nobody; mail apps use the one-click
 * POST at /api/newsletter/unsubscribe named in the List-Unsubscribe header.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const result = one(sp.result);
  const token = one(sp.token);
  // After the POST the page shows the outcome (the redirect drops the token from the address).
  const state = result ? (result === "unsubscribed" ? result : "invalid") : await checkUnsubscribeToken(token);
  return (
    <Card id="unsubscribe-title" title="Unsubscribe" level={1}>
      {state === "unsubscribed" ? (
        <>
          <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-800">
            {t("notices.newsletterLink.unsubscribed")}
          </p>
          <p className="mt-4 text-sm text-zinc-700">You will not receive the Gatehouse newsletter any more.</p>
        </>
      ) : state === "subscribed" || state === "pending" ? (
        <>
          <p className="mt-3 text-zinc-700">Stop receiving the Gatehouse newsletter at this address?</p>
          <form action={unsubscribeAction} className="mt-5">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="btn-primary">
              Unsubscribe
            </button>
          </form>
        </>
      ) : (
        <>
          <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-700">
            {t("notices.newsletterLink.unsubscribe_invalid")}
          </p>
          <p className="mt-4 text-sm text-zinc-700">
            Use the link in your newest newsletter email, or sign in and switch the newsletter off under{" "}
            <Link href="/account/about" className="link">
              Me &gt; About
            </Link>
            .
          </p>
        </>
      )}
    </Card>
  );
}
