import type { Metadata } from "next";
import { checkConfirmToken } from "@/lib/newsletter";
import { confirmNewsletterAction } from "../actions";
import { getTranslator } from "@/lib/i18n/request";
import { rich } from "@/components/rich";
import { Card } from "@/components/card";
import { ActionButton } from "@/components/action-button";
import { NoticeBanner } from "@/components/notice-banner";
import { AboutLink, firstParam, type LinkSearch } from "../_link-page";

// The address carries a token: proxy.ts answers with `Referrer-Policy: no-referrer`, and lets this
// page's own form post through although the browser then sends `Origin: null` (lib/http/security-headers.ts).
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.newsletter.confirmTitle"), robots: { index: false } };
}

/**
 * The link in the confirmation email. Opening it (GET) only shows a button: mail scanners fetch
 * links, so nothing changes until the person presses Confirm subscription (a POST).
 */
export default async function ConfirmNewsletterPage({ searchParams }: { searchParams: LinkSearch }) {
  const sp = await searchParams;
  const i18n = await getTranslator();
  const about = <AboutLink label={i18n.t("wizard.newsletter.aboutLink")} />;
  const result = firstParam(sp.result);
  const token = firstParam(sp.token);
  // After the POST the page shows the outcome (the redirect drops the token from the address).
  const check = result ? undefined : await checkConfirmToken(token);
  const state = check ? check.status : ["subscribed", "expired"].includes(result) ? result : "invalid";
  return (
    <Card id="confirm-title" title={i18n.t("wizard.newsletter.heading")} level={1}>
      {state === "subscribed" ? (
        <>
          <NoticeBanner notice={{ ok: true, text: i18n.t("notices.newsletterLink.subscribed") }} className="mt-4" />
          <p className="mt-4 text-sm text-zinc-700">{rich(i18n, "wizard.newsletter.subscribedNote", { link: about })}</p>
        </>
      ) : check?.status === "valid" ? (
        <>
          <p className="mt-3 text-zinc-700">{i18n.t("wizard.newsletter.confirmQuestion")}</p>
          <blockquote className="mt-3 border-l-4 border-zinc-200 pl-3 text-sm italic text-zinc-700">{check.wording}</blockquote>
          <ActionButton action={confirmNewsletterAction} name="token" value={token} primary className="mt-5">
            {i18n.t("wizard.newsletter.confirmButton")}
          </ActionButton>
        </>
      ) : (
        <>
          <NoticeBanner notice={{ ok: false, text: state === "expired" ? i18n.t("notices.newsletterLink.confirm_expired") : i18n.t("notices.newsletterLink.confirm_invalid") }} className="mt-4" />
          <p className="mt-4 text-sm text-zinc-700">{rich(i18n, "wizard.newsletter.newLink", { link: about })}</p>
        </>
      )}
    </Card>
  );
}
