import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { accountById } from "@/lib/accounts/account";
import { countryByCode } from "@/lib/countries";
import { formatPhone } from "@/lib/phone";
import { companyOf } from "@/lib/accounts/company";
import { recentlyCancelledDeletion } from "@/lib/accounts/deletion";
import { t } from "@/lib/messages";
import { DetailRow } from "@/components/detail-row";
import { NoticeBanner } from "@/components/notice-banner";

export const metadata: Metadata = { title: "My Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const me = await requireUser("/account");
  const user = await accountById(me.id);
  if (!user) redirect("/login");
  // After an installer admin's first sign-in: company information comes first.
  const company = user.role === "installer_admin" ? await companyOf(user.id) : undefined;
  if (company && !company.detailsCompletedAt) redirect("/account/company");
  const sp = await searchParams;
  const cancelledDeletion = await recentlyCancelledDeletion(user.id);
  return (
    <section className="card" aria-labelledby="account-title">
      {sp.registered && (
        <NoticeBanner notice={{ ok: true, text: t("notices.account.registered") }} className="mb-4" />
      )}
      {sp.registered && (
        <p className="mb-4 text-sm text-zinc-700">
          Sign in faster next time, with no code:{" "}
          <Link href="/account/security#passkeys-title" className="link">
            Add a passkey
          </Link>{" "}
          (you can skip this and add one later on Security).
        </p>
      )}
      {cancelledDeletion && (
        <NoticeBanner notice={{ ok: true, text: "You signed in, so your account will not be deleted. To delete it after all, ask again under Your data." }} className="mb-4" />
      )}
      <h1 id="account-title" className="text-xl font-bold">
        My Account
      </h1>
      <p className="mt-2 text-zinc-700">
        Your account is ready: you are ready to add devices.{" "}
        <Link href="/account/devices" className="link">
          My devices
        </Link>
      </p>
      {company && (
        <p className="mt-2 text-sm">
          Company: <span className="font-medium">{company.name}</span>{" "}
          {company.authenticatedAt ? "(authenticated installer)" : "(not authenticated yet)"} ·{" "}
          <Link href="/account/company" className="link">
            Company information
          </Link>
        </p>
      )}
      <dl className="mt-5 divide-y divide-zinc-100 text-sm">
        <DetailRow term="User Name">{user.username}</DetailRow>
        {user.email && <DetailRow term="Email">{user.email}</DetailRow>}
        {user.phone && <DetailRow term="Mobile Phone Number">{formatPhone(user.phone)}</DetailRow>}
        <DetailRow term="Country/Region">{countryByCode(user.country)?.name ?? user.country}</DetailRow>
      </dl>
      <div className="mt-5 border-t border-zinc-100 pt-4 text-sm">
        <h2 className="font-semibold">Your data</h2>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          <a href="/account/data/export" download className="link">
            Download my data
          </a>
          <Link href="/account/data" className="link">
            Delete my account
          </Link>
          {user.role === "admin" && (
            <Link href="/admin/deletions" className="link">
              Account deletions
            </Link>
          )}
        </p>
      </div>
    </section>
  );
}
