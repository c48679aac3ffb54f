import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/request";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.tools.title") };
}

export default async function ToolsPage() {
  await requireUser("/tools");
  const { t } = await getTranslator();
  return (
    <Card id="tools-title" title={t("account.tools.title")} level={1}>
      <ul className="mt-4 divide-y divide-zinc-100">
        <li className="py-3">
          <Link href="/tools/cases/new" className="link font-medium">
            {t("account.common.createCase")}
          </Link>
          <p className="text-sm text-zinc-600">{t("account.tools.createCaseHint")}</p>
        </li>
        <li className="py-3">
          <Link href="/cases" className="link font-medium">
            {t("account.tools.myCases")}
          </Link>
          <p className="text-sm text-zinc-600">{t("account.tools.myCasesHint")}</p>
        </li>
        <li className="py-3">
          <Link href="/account/devices" className="link font-medium">
            {t("account.common.myDevices")}
          </Link>
          <p className="text-sm text-zinc-600">{t("account.tools.myDevicesHint")}</p>
        </li>
      </ul>
    </Card>
  );
}
