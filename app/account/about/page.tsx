import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { accountById } from "@/lib/accounts/account";
import { getNewsletterState, type NewsletterStatus } from "@/lib/newsletter";
import { saveNewsletterAction } from "./actions";
import { getTranslator } from "@/lib/i18n/request";
import { utcTime } from "@/lib/i18n/words";
import { Card } from "@/components/card";
import { DetailRow } from "@/components/detail-row";
import { NoticeBanner } from "@/components/notice-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.about.title") };
}

const stateLabel = {
  subscribed: "account.about.subscribed",
  pending: "account.about.pending",
  unsubscribed: "account.about.notSubscribed",
  none: "account.about.notSubscribed",
} as const satisfies Record<NewsletterStatus, string>;


/** Me > About: the account's name and the newsletter switch. Plain form posts, so it works without JavaScript. */
export default async function AboutPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  // Signed in (else /login?next=/account/about) and the current terms accepted.
  const me = await requireUser("/account/about");
  const user = await accountById(me.id);
  if (!user) redirect("/login?next=/account/about");
  const state = await getNewsletterState(user.id);
  const sp = await searchParams;
  const i18n = await getTranslator();
  // An outcome the catalogue does not know still gets an answer: that it did not work.
  const message = sp.newsletter ? (i18n.notice("newsletter", sp.newsletter, { email: user.email ?? "" }) ?? i18n.notice("newsletter", "failed")) : undefined;
  const on = state.status === "subscribed" || state.status === "pending";
  const canTurnOn = Boolean(user.email);
  // The consent keeps the words as the person was shown them: when those differ from the page's
  // (given in another language, or an older wording), the page says what was agreed to, and when.
  const shownWording = i18n.t("account.about.wording");
  const agreed = on && state.consentWording && state.consentAt && state.consentWording !== shownWording ? { wording: state.consentWording, date: utcTime(i18n, state.consentAt), lang: state.consentLocale ?? "en" } : null;
  return (
    <Card id="about-title" title={i18n.t("account.about.title")} level={1}>
      <dl className="mt-5 divide-y divide-zinc-100 text-sm">
        <DetailRow term={i18n.t("account.common.userName")}>{user.username}</DetailRow>
        {user.email && <DetailRow term={i18n.t("account.common.email")}>{user.email}</DetailRow>}
      </dl>

      <form action={saveNewsletterAction} className="mt-6 border-t border-zinc-200 pt-5">
        <h2 id="newsletter-title" className="font-semibold">
          {i18n.t("account.about.newsletter")}
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
              {i18n.t("account.about.newsletter")}
            </label>
            <p id="newsletter-wording" className="mt-1 text-zinc-600">
              {shownWording}
            </p>
            {agreed && (
              <p className="mt-1 text-xs text-zinc-600" data-testid="newsletter-agreed">
                {i18n.t("account.about.agreedTo", { date: agreed.date })} <q lang={agreed.lang}>{agreed.wording}</q>
              </p>
            )}
            <p className="mt-2">
              <span className="text-zinc-600">{i18n.t("account.about.status")} </span>
              <span id="newsletter-state" className="font-medium" data-testid="newsletter-state">
                {i18n.t(stateLabel[state.status])}
              </span>
            </p>
            {state.status === "pending" && state.email && !message && (
              <p className="mt-1 text-zinc-600">
                {i18n.t("account.about.pendingHint", { email: state.email })}
              </p>
            )}
            {!canTurnOn && !on && <p className="mt-1 text-zinc-600">{i18n.t("account.about.noEmail")}</p>}
          </div>
        </div>
        <button type="submit" className="btn-primary mt-5" disabled={!on && !canTurnOn}>
          {i18n.t("account.common.save")}
        </button>
      </form>
    </Card>
  );
}
