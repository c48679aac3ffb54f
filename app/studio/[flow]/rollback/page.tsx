import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { flowEntry } from "@/lib/flows/registry";
import { utcMinute as when } from "@/lib/format";
import { EDITOR_ROLES, history, published } from "@/lib/studio/service";
import { flowTitle } from "@/lib/studio/words";
import { rollbackAction } from "../../actions";
import { panel } from "../_panels/panel";
import { t } from "@/lib/messages";

export const metadata: Metadata = { title: "Roll back · Flow studio" };

type Props = { params: Promise<{ flow: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** Roll back asks first: a page of its own with a box to tick, so it works the same without JavaScript. */
export default async function RollbackPage({ params, searchParams }: Props) {
  const { flow } = await params;
  if (!flowEntry(flow)) notFound();
  await requireUser(`/studio/${flow}`, EDITOR_ROLES);
  const sp = await searchParams;
  const [versions, live] = await Promise.all([history(flow), published(flow)]);
  const target = versions.find((v) => v.id === sp.version);
  if (!target || target.id === live.id) notFound();
  const label = `Roll back to version ${target.version}`;
  return (
    <section className={`${panel} space-y-3`} aria-labelledby="rollback-title">
      <p className="text-sm">
        <Link href={`/studio/${flow}`} className="link">
          Back to {flowTitle(flow)}
        </Link>
      </p>
      <h1 id="rollback-title" className="text-xl font-bold">
        {label}?
      </h1>
      <p className="text-sm">
        Version {target.version} ({target.author ?? "?"}, {when(target.createdAt)}{target.note ? `: ${target.note}` : ""}) is published again as a new version, replacing version {live.version}. New
        flows start on it; flows already running finish on their own version. A draft, if any, stays as it is.
      </p>
      <p className="text-sm">
        <Link href={`/studio/${flow}/diff?from=${target.id}&to=${live.id}`} className="link">
          See what changes (version {target.version} against version {live.version})
        </Link>
      </p>
      {sp.unconfirmed && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {t("notices.studio.rollback_unconfirmed")}
        </p>
      )}
      <form action={rollbackAction} className="space-y-3 text-sm">
        <input type="hidden" name="flow" value={flow} />
        <input type="hidden" name="versionId" value={target.id} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="confirm" value="yes" required className="size-4 accent-brand" />I want to roll back to version {target.version}
        </label>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-primary">
            {label}
          </button>
          <Link href={`/studio/${flow}`} className="btn-secondary">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
