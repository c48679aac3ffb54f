import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.privacy.title") };
}

export default async function PrivacyPage() {
  const i18n = await getTranslator();
  return (
    <article className="card max-w-2xl space-y-3 text-sm text-zinc-700">
      <h1 className="text-xl font-bold text-zinc-900">{i18n.t("wizard.privacy.title")}</h1>
      <p>{i18n.t("wizard.privacy.p1")}</p>
      <p>{i18n.t("wizard.privacy.p2")}</p>
      <p>{i18n.t("wizard.privacy.p3")}</p>
    </article>
  );
}
