import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { startResetCase } from "./actions";
import { getTranslator } from "@/lib/i18n/request";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.common.resetPassword") };
}

export default async function ResetCaseStartPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireUser("/tools/cases/new/reset");
  const sp = await searchParams;
  const { t } = await getTranslator();
  return (
    <Card id="reset-title" title={t("account.common.resetPassword")} level={1}>
      <p className="mt-1 text-sm text-zinc-600">
        {t("account.tools.resetIntro")}
      </p>
      {(sp.expired || sp.limited) && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {sp.limited ? t("notices.start.limited") : t("notices.newCase.expired")}
        </p>
      )}
      <form action={startResetCase} className="mt-4">
        <button type="submit" className="btn-primary">
          {t("account.tools.sadp")}
        </button>
      </form>
      <p className="mt-2 text-xs text-zinc-600">{t("account.tools.scanning")}</p>
    </Card>
  );
}
