import type { Metadata } from "next";
import { termsHistory } from "@/lib/accounts/terms";
import { requireUser } from "@/lib/auth/guard";
import { publishTermsAction } from "./actions";
import { getTranslator } from "@/lib/i18n/request";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("desk.admin.terms.title") };
}

/** Admins publish a new terms version; everyone signed in must accept it before going on. */
export default async function AdminTermsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireUser("/admin/terms", ["admin"]);
  const i18n = await getTranslator();
  const sp = await searchParams;
  const versions = await termsHistory();
  return (
    <Card id="admin-terms-title" title={i18n.t("desk.admin.terms.title")} level={1} className="max-w-2xl">
      {sp.published && (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
          {i18n.t("notices.adminTerms.published", { version: sp.published })}
        </p>
      )}
      {sp.error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {sp.error}
        </p>
      )}
      <form action={publishTermsAction} className="mt-4 flex flex-col gap-3">
        <label htmlFor="version" className="text-sm font-medium">
          {i18n.t("desk.admin.terms.version")}
        </label>
        <input id="version" name="version" required className="input" placeholder="2026-12-01" />
        <label htmlFor="summary" className="text-sm font-medium">
          {i18n.t("desk.admin.terms.whatChanged")}
        </label>
        <textarea id="summary" name="summary" required maxLength={500} className="input min-h-24" />
        <button type="submit" className="btn-primary">
          {i18n.t("desk.admin.terms.publish")}
        </button>
      </form>
      <ul className="mt-6 divide-y divide-zinc-100 text-sm">
        {versions.map((v) => (
          <li key={v.version} className="py-2">
            <span className="font-medium">{v.version}</span> · {v.publishedAt.toISOString().slice(0, 10)} · {v.summary}
          </li>
        ))}
      </ul>
    </Card>
  );
}
