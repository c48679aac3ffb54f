import type { Metadata } from "next";
import { currentTerms } from "@/lib/accounts/terms";
import { getTranslator } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.terms.title") };
}

export default async function TermsPage() {
  const terms = await currentTerms();
  const i18n = await getTranslator();
  return (
    <article className="card max-w-2xl space-y-3 text-sm text-zinc-700">
      <h1 className="text-xl font-bold text-zinc-900">{i18n.t("wizard.terms.title")}</h1>
      <p className="text-xs text-zinc-500">{i18n.t("wizard.terms.version", { version: terms.version, date: terms.publishedAt.toISOString().slice(0, 10) })}</p>
      <p>{i18n.t("wizard.terms.p1")}</p>
      <p>{i18n.t("wizard.terms.p2")}</p>
      <p>{i18n.t("wizard.terms.p3")}</p>
    </article>
  );
}
