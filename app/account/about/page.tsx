import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { accountById } from "@/lib/accounts/account";
import { getNewsletterState, NEWSLETTER_WORDING, type NewsletterStatus } from "@/lib/newsletter";
import { saveNewsletterAction } from "./actions";
import { noticeOf } from "@/lib/messages";
import { Card } from "@/components/card";
import { DetailRow } from "@/components/detail-row";
import { NoticeBanner } from "@/components/notice-banner";

export const metadata: Metadata = { title: "About" };

const stateLabel: Record<NewsletterStatus, string> = {
  subscribed: "Subscribed",
  pending: "Waiting for your confirmation",
  unsubscribed: "Not subscribed",
  none: "Not subscribed",
};


/** Me > About: the account's name and the newsletter switch. Plain form posts, so it works without JavaScript. */
export default async function AboutPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  // Signed in (else /login?next=/account/about) and the current terms accepted.
  const me = await requireUser("/account/about");
  const user = await accountById(me.id);
  if (!user) redirect("/login?next=/account/about");
  const state = await getNewsletterState(user.id);
  const sp = await searchParams;
  // An outcome the catalogue does not know still gets an answer: that it did not work.
  const message = sp.newsletter ? (noticeOf("newsletter", sp.newsletter, { email: user.email ?? "" }) ?? noticeOf("newsletter", "failed")) : undefined;
  const on = state.status === "subscribed" || state.status === "pending";
  const canTurnOn = Boolean(user.email);
  return (
    <Card id="about-title" title="About" level={1}>
      <dl className="mt-5 divide-y divide-zinc-100 text-sm">
        <DetailRow term="User Name">{user.username}</DetailRow>
        {user.email && <DetailRow term="Email">{user.email}</DetailRow>}
      </dl>

      <form action={saveNewsletterAction} className="mt-6 border-t border-zinc-200 pt-5">
        <h2 id="newsletter-title" className="font-semibold">
          Newsletter
        </h2>
        {message && (
          <NoticeBanner notice={message} className="mt-3" />
        )}
        <div className="mt-3 flex items-start gap-3">
          <input
            id="newsletter"
            name="newsletter"
            type="checkbox"
            role="switch"
            defaultChecked={on}
            disabled={!on && !canTurnOn}
            aria-describedby="newsletter-wording newsletter-state"
            className="mt-1 h-5 w-5 accent-brand"
          />
          <div className="text-sm">
            <label htmlFor="newsletter" className="font-medium">
              Newsletter
            </label>
            <p id="newsletter-wording" className="mt-1 text-zinc-600">
              {NEWSLETTER_WORDING}
            </p>
            <p className="mt-2">
              <span className="text-zinc-600">Status: </span>
              <span id="newsletter-state" className="font-medium" data-testid="newsletter-state">
                {stateLabel[state.status]}
              </span>
            </p>
            {state.status === "pending" && state.email && !message && (
              <p className="mt-1 text-zinc-600">
                Open the link in the email we sent to {state.email}. Saving with the switch on sends a new one.
              </p>
            )}
            {!canTurnOn && !on && <p className="mt-1 text-zinc-600">The newsletter needs an email address, and your account has none.</p>}
          </div>
        </div>
        <button type="submit" className="btn-primary mt-5" disabled={!on && !canTurnOn}>
          Save
        </button>
      </form>
    </Card>
  );
}
