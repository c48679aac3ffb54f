import type { Metadata } from "next";
import { termsHistory } from "@/lib/accounts/terms";
import { requireUser } from "@/lib/auth/guard";
import { publishTermsAction } from "./actions";
import { t } from "@/lib/messages";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Terms versions" };

/** Admins publish a new terms version; everyone signed in must accept it before going on. */
export default async function AdminTermsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireUser("/admin/terms", ["admin"]);
  const sp = await searchParams;
  const versions = await termsHistory();
  return (
    <Card id="admin-terms-title" title="Terms versions" level={1} className="max-w-2xl">
      {sp.published && (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
          {t("notices.adminTerms.published", { version: sp.published })}
        </p>
      )}
      {sp.error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {sp.error}
        </p>
      )}
      <form action={publishTermsAction} className="mt-4 flex flex-col gap-3">
        <label htmlFor="version" className="text-sm font-medium">
          Version
        </label>
        <input id="version" name="version" required className="input" placeholder="2026-12-01" />
        <label htmlFor="summary" className="text-sm font-medium">
          What changed
        </label>
        <textarea id="summary" name="summary" required maxLength={500} className="input min-h-24" />
        <button type="submit" className="btn-primary">
          Publish new version
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
