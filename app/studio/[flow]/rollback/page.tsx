import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { flowEntry } from "@/lib/flows/registry";
import { EDITOR_ROLES, history, published } from "@/lib/studio/service";
import { flowTitle } from "@/lib/studio/words";
import { rollbackAction } from "../../actions";
import { panel } from "../_panels/panel";
import { getTranslator } from "@/lib/i18n/request";
import { when } from "@/app/desk/words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("studio.rollback.metaTitle") };
}

type Props = { params: Promise<{ flow: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** Roll back asks first: a page of its own with a box to tick, so it works the same without JavaScript. */
export default async function RollbackPage({ params, searchParams }: Props) {
  const { flow } = await params;
  if (!flowEntry(flow)) notFound();
  await requireUser(`/studio/${flow}`, EDITOR_ROLES);
  const i18n = await getTranslator();
  const sp = await searchParams;
  const [versions, live] = await Promise.all([history(flow), published(flow)]);
  const target = versions.find((v) => v.id === sp.version);
  if (!target || target.id === live.id) notFound();
  return (
    <section className={`${panel} space-y-3`} aria-labelledby="rollback-title">
      <p className="text-sm">
        <Link href={`/studio/${flow}`} className="link">
          {i18n.t("studio.rollback.backTo", { flow: flowTitle(flow, i18n) })}
        </Link>
      </p>
      <h1 id="rollback-title" className="text-xl font-bold">
        {i18n.t("studio.rollback.question", { version: target.version })}
      </h1>
      <p className="text-sm">
        {i18n.t("studio.rollback.explain", {
          version: target.version,
          author: target.author ?? "?",
          when: when(i18n, target.createdAt),
          note: target.note ? `: ${target.note}` : "",
          live: live.version,
        })}
      </p>
      <p className="text-sm">
        <Link href={`/studio/${flow}/diff?from=${target.id}&to=${live.id}`} className="link">
          {i18n.t("studio.rollback.seeChanges", { from: target.version, to: live.version })}
        </Link>
      </p>
      {sp.unconfirmed && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {i18n.t("notices.studio.rollback_unconfirmed")}
        </p>
      )}
      <form action={rollbackAction} className="space-y-3 text-sm">
        <input type="hidden" name="flow" value={flow} />
        <input type="hidden" name="versionId" value={target.id} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="confirm" value="yes" required className="size-4 accent-brand" />
          {i18n.t("studio.rollback.confirm", { version: target.version })}
        </label>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-primary">
            {i18n.t("studio.history.rollBackTo", { version: target.version })}
          </button>
          <Link href={`/studio/${flow}`} className="btn-secondary">
            {i18n.t("studio.rollback.cancel")}
          </Link>
        </div>
      </form>
    </section>
  );
}
