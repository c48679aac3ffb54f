import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { redirect } from "next/navigation";
import { accountById } from "@/lib/accounts/account";
import { formatPhone } from "@/lib/phone";
import { startContactChange } from "./actions";
import { getTranslator } from "@/lib/i18n/request";
import { Card } from "@/components/card";
import { DetailRow } from "@/components/detail-row";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.contact.title") };
}

export default async function ContactPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const me = await requireUser("/account/security/contact");
  const sp = await searchParams;
  const user = await accountById(me.id);
  if (!user) redirect("/login?next=/account/security/contact");
  const { t } = await getTranslator();
  return (
    <Card id="contact-title" title={t("account.contact.title")} level={1}>
      <dl className="mt-3 text-sm">
        <DetailRow term={t("account.common.email")} dense>{user.email ?? t("account.common.none")}</DetailRow>
        <DetailRow term={t("account.common.mobilePhone")} dense>{user.phone ? formatPhone(user.phone) : t("account.common.none")}</DetailRow>
      </dl>
      <p className="mt-3 text-sm text-zinc-700">
        {t("account.contact.intro")}
      </p>
      {(sp.expired || sp.limited) && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {sp.limited ? t("notices.start.limited") : t("notices.contactChange.expired")}
        </p>
      )}
      <form action={startContactChange} className="mt-4">
        <button type="submit" className="btn-primary">
          {t("account.contact.start")}
        </button>
      </form>
    </Card>
  );
}
