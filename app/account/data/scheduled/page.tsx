import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { GRACE_DAYS } from "@/lib/accounts/deletion";
import { getTranslator } from "@/lib/i18n/request";
import { utcTime } from "@/lib/i18n/words";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.data.scheduledPageTitle") };
}

/** Where a deletion request lands, signed out: when it happens and how to cancel it. */
export default async function DeletionScheduledPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const until = z.iso.datetime().safeParse((await searchParams).until);
  const i18n = await getTranslator();
  return (
    <Card id="scheduled-title" title={i18n.t("account.data.scheduledTitle")} level={1}>
      <p role="status" className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        {until.success ? i18n.t("account.data.scheduledOn", { when: utcTime(i18n, new Date(until.data)) }) : i18n.t("account.data.scheduledIn", { days: GRACE_DAYS })}{" "}
        {i18n.t("account.data.scheduledSignedOut")}
      </p>
      <p className="mt-3 text-sm text-zinc-700">{i18n.t("account.data.changedMind")}</p>
      <Link href="/login" className="btn-primary mt-4">
        {i18n.t("account.common.signIn")}
      </Link>
    </Card>
  );
}
