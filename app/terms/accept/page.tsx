import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { mustAcceptTerms } from "@/lib/accounts/terms";
import { acceptTermsAction } from "./actions";
import { safeNext } from "@/lib/http/safe-next";
import { getTranslator } from "@/lib/i18n/request";
import { rich } from "@/components/rich";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.terms.acceptMetaTitle") };
}


export default async function AcceptTermsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const session = await auth();
  if (!session?.user) redirect("/login?next=/terms/accept");
  const sp = await searchParams;
  const next = safeNext(sp.next);
  const pending = await mustAcceptTerms(session.user.id);
  if (!pending) redirect(next);
  const i18n = await getTranslator();
  return (
    <Card id="terms-title" title={i18n.t("wizard.terms.acceptTitle")} level={1}>
      <p className="mt-2 text-sm text-zinc-700">
        {i18n.t("wizard.terms.pending", { version: pending.version, date: pending.publishedAt.toISOString().slice(0, 10), summary: pending.summary })}
      </p>
      <p className="mt-2 text-sm">
        {rich(i18n, "wizard.terms.read", {
          terms: (
            <Link href="/terms" className="link" target="_blank">
              {i18n.t("wizard.terms.termsLink")}
            </Link>
          ),
          privacy: (
            <Link href="/privacy" className="link" target="_blank">
              {i18n.t("wizard.terms.privacyLink")}
            </Link>
          ),
        })}
      </p>
      {sp.error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {i18n.tOr(`terms.errors.${sp.error}`, "terms.errors.required")}
        </p>
      )}
      <form action={acceptTermsAction} className="mt-4 flex flex-col gap-4">
        <input type="hidden" name="version" value={pending.version} />
        <input type="hidden" name="next" value={next} />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="agree" required className="mt-0.5 size-4 accent-brand" />
          <span>{i18n.t("wizard.terms.agree")}</span>
        </label>
        <button type="submit" className="btn-primary">
          {i18n.t("wizard.terms.accept")}
        </button>
      </form>
    </Card>
  );
}
