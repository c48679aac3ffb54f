import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { mustAcceptTerms } from "@/lib/accounts/terms";
import { acceptTermsAction } from "./actions";
import { safeNext } from "@/lib/http/safe-next";
import { tOr } from "@/lib/messages";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Updated terms" };


export default async function AcceptTermsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const session = await auth();
  if (!session?.user) redirect("/login?next=/terms/accept");
  const sp = await searchParams;
  const next = safeNext(sp.next);
  const pending = await mustAcceptTerms(session.user.id);
  if (!pending) redirect(next);
  return (
    <Card id="terms-title" title="We updated our terms" level={1}>
      <p className="mt-2 text-sm text-zinc-700">
        Version {pending.version}, published {pending.publishedAt.toISOString().slice(0, 10)}: {pending.summary}
      </p>
      <p className="mt-2 text-sm">
        Read the{" "}
        <Link href="/terms" className="link" target="_blank">
          Terms of Service
        </Link>{" "}
        and the{" "}
        <Link href="/privacy" className="link" target="_blank">
          Privacy Policy
        </Link>
        . You need to accept them to go on using your account.
      </p>
      {sp.error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {tOr(`terms.errors.${sp.error}`, "terms.errors.required")}
        </p>
      )}
      <form action={acceptTermsAction} className="mt-4 flex flex-col gap-4">
        <input type="hidden" name="version" value={pending.version} />
        <input type="hidden" name="next" value={next} />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="agree" required className="mt-0.5 size-4 accent-brand" />
          <span>I agree to the Terms of Service and Privacy Policy</span>
        </label>
        <button type="submit" className="btn-primary">
          Accept and continue
        </button>
      </form>
    </Card>
  );
}
