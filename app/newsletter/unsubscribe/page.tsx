import type { Metadata } from "next";
import { checkUnsubscribeToken } from "@/lib/newsletter";
import { unsubscribeAction } from "../actions";
import { getTranslator } from "@/lib/i18n/request";
import { rich } from "@/components/rich";
import { Card } from "@/components/card";
import { ActionButton } from "@/components/action-button";
import { NoticeBanner } from "@/components/notice-banner";
import { AboutLink, firstParam, type LinkSearch } from "../_link-page";

// The address carries a token: proxy.ts answers with `Referrer-Policy: no-referrer`, and lets this
// page's own form post through although the browser then sends `Origin: null` (lib/http/security-headers.ts).
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.newsletter.unsubscribeTitle"), robots: { index: false } };
}

/**
 * The unsubscribe link in every newsletter email. No sign-in. Opening it (GET) only shows the
 * button, so a mail scanner fetching the link unsubscribes nobody; mail apps use the one-click
 * POST at /api/newsletter/unsubscribe named in the List-Unsubscribe header.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: LinkSearch }) {
  const sp = await searchParams;
  const i18n = await getTranslator();
  const result = firstParam(sp.result);
  const token = firstParam(sp.token);
  // After the POST the page shows the outcome (the redirect drops the token from the address).
  const state = result ? (result === "unsubscribed" ? result : "invalid") : await checkUnsubscribeToken(token);
  return (
    <Card id="unsubscribe-title" title={i18n.t("wizard.newsletter.unsubscribeTitle")} level={1}>
      {state === "unsubscribed" ? (
        <>
          <NoticeBanner notice={{ ok: true, text: i18n.t("notices.newsletterLink.unsubscribed") }} className="mt-4" />
          <p className="mt-4 text-sm text-zinc-700">{i18n.t("wizard.newsletter.unsubscribed")}</p>
        </>
      ) : state === "subscribed" || state === "pending" ? (
        <>
          <p className="mt-3 text-zinc-700">{i18n.t("wizard.newsletter.unsubscribeQuestion")}</p>
          <ActionButton action={unsubscribeAction} name="token" value={token} primary className="mt-5">
            {i18n.t("wizard.newsletter.unsubscribeButton")}
          </ActionButton>
        </>
      ) : (
        <>
          <NoticeBanner notice={{ ok: false, text: i18n.t("notices.newsletterLink.unsubscribe_invalid") }} className="mt-4" />
          <p className="mt-4 text-sm text-zinc-700">
            {rich(i18n, "wizard.newsletter.unsubscribeInvalid", { link: <AboutLink label={i18n.t("wizard.newsletter.aboutLink")} /> })}
          </p>
        </>
      )}
    </Card>
  );
}
