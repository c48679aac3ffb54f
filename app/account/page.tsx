import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { accountById } from "@/lib/accounts/account";
import { countryName } from "@/lib/countries";
import { formatPhone } from "@/lib/phone";
import { companyOf } from "@/lib/accounts/company";
import { recentlyCancelledDeletion } from "@/lib/accounts/deletion";
import { accountLocale } from "@/lib/i18n/choice";
import { getTranslator } from "@/lib/i18n/request";
import { DetailRow } from "@/components/detail-row";
import { NoticeBanner } from "@/components/notice-banner";
import { LanguageSection } from "./language-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.home.title") };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const me = await requireUser("/account");
  const user = await accountById(me.id);
  if (!user) redirect("/login");
  // After an installer admin's first sign-in: company information comes first.
  const company = user.role === "installer_admin" ? await companyOf(user.id) : undefined;
  if (company && !company.detailsCompletedAt) redirect("/account/company");
  const sp = await searchParams;
  const [cancelledDeletion, i18n, chosen] = await Promise.all([recentlyCancelledDeletion(user.id), getTranslator(), accountLocale(user.id)]);
  return (
    <section className="card" aria-labelledby="account-title">
      {sp.registered && (
        <NoticeBanner notice={{ ok: true, text: i18n.t("notices.account.registered") }} className="mb-4" />
      )}
      {sp.registered && (
        <p className="mb-4 text-sm text-zinc-700">
          {i18n.t("account.home.passkeyHintBefore")}{" "}
          <Link href="/account/security#passkeys-title" className="link">
            {i18n.t("account.home.passkeyHintLink")}
          </Link>{" "}
          {i18n.t("account.home.passkeyHintAfter")}
        </p>
      )}
      {cancelledDeletion && (
        <NoticeBanner notice={{ ok: true, text: i18n.t("account.home.deletionCancelled") }} className="mb-4" />
      )}
      <h1 id="account-title" className="text-xl font-bold">
        {i18n.t("account.home.title")}
      </h1>
      <p className="mt-2 text-zinc-700">
        {i18n.t("account.home.ready")}{" "}
        <Link href="/account/devices" className="link">
          {i18n.t("account.common.myDevices")}
        </Link>
      </p>
      {company && (
        <p className="mt-2 text-sm">
          {i18n.t("account.home.company")} <span className="font-medium">{company.name}</span>{" "}
          {company.authenticatedAt ? i18n.t("account.home.companyAuthenticated") : i18n.t("account.home.companyNotAuthenticated")} ·{" "}
          <Link href="/account/company" className="link">
            {i18n.t("account.home.companyLink")}
          </Link>
        </p>
      )}
      <dl className="mt-5 divide-y divide-zinc-100 text-sm">
        <DetailRow term={i18n.t("account.common.userName")}>{user.username}</DetailRow>
        {user.email && <DetailRow term={i18n.t("account.common.email")}>{user.email}</DetailRow>}
        {user.phone && <DetailRow term={i18n.t("account.common.mobilePhone")}>{formatPhone(user.phone)}</DetailRow>}
        <DetailRow term={i18n.t("account.common.countryRegion")}>{countryName(user.country, i18n.locale)}</DetailRow>
      </dl>
      <LanguageSection i18n={i18n} current={chosen ?? i18n.locale} saved={sp.language === "saved"} />
      <div className="mt-5 border-t border-zinc-100 pt-4 text-sm">
        <h2 className="font-semibold">{i18n.t("account.home.yourData")}</h2>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          <a href="/account/data/export" download className="link">
            {i18n.t("account.home.download")}
          </a>
          <Link href="/account/data" className="link">
            {i18n.t("account.home.delete")}
          </Link>
          {user.role === "admin" && (
            <Link href="/admin/deletions" className="link">
              {i18n.t("account.home.deletions")}
            </Link>
          )}
        </p>
      </div>
    </section>
  );
}
