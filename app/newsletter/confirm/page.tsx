import type { Metadata } from "next";
import Link from "next/link";
import { checkConfirmToken } from "@/lib/newsletter";
import { confirmNewsletterAction } from "../actions";
import { t } from "@/lib/messages";
import { Card } from "@/components/card";

// The address carries a token: proxy.ts answers with `Referrer-Policy: no-referrer`, and lets this
// page's own form post through although the browser then sends `Origin: null` (lib/http/security-headers.ts).
export const metadata: Metadata = { title: "Confirm newsletter", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * The link in the confirmation email. Opening it (GET) only shows a button: mail scanners fetch
 * links, so nothing changes until the person presses Confirm subscription (a POST).
 */
export default async function ConfirmNewsletterPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const result = one(sp.result);
  const token = one(sp.token);
  // After the POST the page shows the outcome (the redirect drops the token from the address).
  const check = result ? undefined : await checkConfirmToken(token);
  const state = check ? check.status : ["subscribed", "expired"].includes(result) ? result : "invalid";
  return (
    <Card id="confirm-title" title="Newsletter" level={1}>
      {state === "subscribed" ? (
        <>
          <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-800">
            {t("notices.newsletterLink.subscribed")}
          </p>
          <p className="mt-4 text-sm text-zinc-700">
            Every newsletter has an unsubscribe link, and you can switch it off under{" "}
            <Link href="/account/about" className="link">
              Me &gt; About
            </Link>
            .
          </p>
        </>
      ) : check?.status === "valid" ? (
        <>
          <p className="mt-3 text-zinc-700">Confirm that you want to receive the Gatehouse newsletter. You agreed to this:</p>
          <blockquote className="mt-3 border-l-4 border-zinc-200 pl-3 text-sm italic text-zinc-700">{check.wording}</blockquote>
          <form action={confirmNewsletterAction} className="mt-5">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="btn-primary">
              Confirm subscription
            </button>
          </form>
        </>
      ) : (
        <>
          <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-700">
            {state === "expired" ? t("notices.newsletterLink.confirm_expired") : t("notices.newsletterLink.confirm_invalid")}
          </p>
          <p className="mt-4 text-sm text-zinc-700">
            To get a new link, switch the newsletter on again under{" "}
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
