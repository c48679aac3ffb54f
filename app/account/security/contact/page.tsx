import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { redirect } from "next/navigation";
import { accountById } from "@/lib/accounts/account";
import { formatPhone } from "@/lib/phone";
import { startContactChange } from "./actions";
import { t } from "@/lib/messages";
import { Card } from "@/components/card";
import { DetailRow } from "@/components/detail-row";

export const metadata: Metadata = { title: "Change email or phone" };

export default async function ContactPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const me = await requireUser("/account/security/contact");
  const sp = await searchParams;
  const user = await accountById(me.id);
  if (!user) redirect("/login?next=/account/security/contact");
  return (
    <Card id="contact-title" title="Change email or phone" level={1}>
      <dl className="mt-3 text-sm">
        <DetailRow term="Email" dense>{user.email ?? "None"}</DetailRow>
        <DetailRow term="Mobile Phone Number" dense>{user.phone ? formatPhone(user.phone) : "None"}</DetailRow>
      </dl>
      <p className="mt-3 text-sm text-zinc-700">
        The new one proves itself with a code; we tell the old one about the change. After that, only the new one signs you in.
      </p>
      {(sp.expired || sp.limited) && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {sp.limited ? t("notices.start.limited") : t("notices.contactChange.expired")}
        </p>
      )}
      <form action={startContactChange} className="mt-4">
        <button type="submit" className="btn-primary">
          Start
        </button>
      </form>
    </Card>
  );
}
