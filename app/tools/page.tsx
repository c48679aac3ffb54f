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
  const tools = [
    { href: "/tools/cases/new", title: t("account.common.createCase"), hint: t("account.tools.createCaseHint") },
    { href: "/cases", title: t("account.tools.myCases"), hint: t("account.tools.myCasesHint") },
    { href: "/account/devices", title: t("account.common.myDevices"), hint: t("account.tools.myDevicesHint") },
  ];
  return (
    <Card id="tools-title" title={t("account.tools.title")} level={1}>
      <ul className="mt-4 divide-y divide-zinc-100">
        {tools.map((tool) => (
          <li key={tool.href} className="py-3">
            <Link href={tool.href} className="link font-medium">
              {tool.title}
            </Link>
            <p className="text-sm text-zinc-600">{tool.hint}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
