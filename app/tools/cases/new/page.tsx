import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/request";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.tools.newCaseTitle") };
}

export default async function NewCasePage() {
  await requireUser("/tools/cases/new");
  const { t } = await getTranslator();
  return (
    <Card id="new-case-title" title={t("account.tools.newCaseTitle")} level={1}>
      <p className="mt-1 text-sm text-zinc-600">{t("account.tools.newCaseQuestion")}</p>
      <ul className="mt-4 space-y-2">
        <li>
          <Link href="/tools/cases/new/reset" className="btn-secondary w-full justify-start">
            {t("account.common.resetPassword")}
          </Link>
          <p className="mt-1 text-xs text-zinc-600">{t("account.tools.resetHint")}</p>
        </li>
      </ul>
    </Card>
  );
}
