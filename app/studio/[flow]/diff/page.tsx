import type { Metadata } from "next";
import { flowTitle } from "@/lib/studio/words";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { flowEntry } from "@/lib/flows/registry";
import { diffDefinitions } from "@/lib/studio/diff";
import { draftOf, EDITOR_ROLES, versionOf } from "@/lib/studio/service";
import { getTranslator } from "@/lib/i18n/request";
import type { Translator } from "@/lib/messages";
import { TableHead } from "@/components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("studio.diff.metaTitle") };
}

type Props = { params: Promise<{ flow: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function side(i18n: Translator, flow: string, ref: string | undefined): Promise<{ label: string; definition: Record<string, unknown> } | null> {
  if (ref === "draft") {
    const d = await draftOf(flow);
    return d ? { label: i18n.t("studio.diff.theDraft"), definition: d.definition } : null;
  }
  if (!ref || !/^[0-9a-f-]{36}$/i.test(ref)) return null;
  try {
    const v = await versionOf(ref);
    return v.flow === flow ? { label: i18n.t("studio.diff.version", { version: v.version }), definition: v.definition } : null;
  } catch {
    return null;
  }
}

export default async function DiffPage({ params, searchParams }: Props) {
  const { flow } = await params;
  if (!flowEntry(flow)) notFound();
  await requireUser(`/studio/${flow}`, EDITOR_ROLES);
  const i18n = await getTranslator();
  const sp = await searchParams;
  const [a, b] = await Promise.all([side(i18n, flow, sp.from), side(i18n, flow, sp.to)]);
  if (!a || !b) notFound();
  const changes = diffDefinitions(a.definition, b.definition);
  return (
    <section className="card" aria-labelledby="diff-title">
      <p className="text-sm">
        <Link href={`/studio/${flow}`} className="link">
          {i18n.t("studio.rollback.backTo", { flow: flowTitle(flow, i18n) })}
        </Link>
      </p>
      <h1 id="diff-title" className="mt-2 text-xl font-bold">
        {i18n.t("studio.diff.title", { flow: flowTitle(flow, i18n), from: a.label, to: b.label })}
      </h1>
      {changes.length === 0 ? (
        <p className="mt-3 text-sm">{i18n.t("studio.diff.none")}</p>
      ) : (
        <table className="mt-4 w-full table-fixed text-left text-sm">
          <caption className="sr-only">{i18n.t("studio.diff.caption")}</caption>
          <TableHead
            className="text-xs uppercase text-zinc-600"
            cellClassName="py-1"
            columns={[
              { label: i18n.t("studio.diff.where"), className: "w-1/4 py-1" },
              { label: i18n.t("studio.diff.change"), className: "w-1/12 py-1" },
              { label: a.label },
              { label: b.label },
            ]}
          />
          <tbody className="divide-y divide-zinc-100 align-top">
            {changes.map((c) => (
              <tr key={c.path}>
                <td className={`break-words py-2 ${c.locale ? "text-xs" : "font-mono text-xs"}`}>
                  {c.locale ? i18n.t("studio.changes.translation", { language: i18n.t(`copy.languages.${c.locale}`), text: c.english ?? "" }) : c.path}
                </td>
                <td className="py-2">{i18n.t(`studio.changes.${c.change}`)}</td>
                <td className="break-words py-2 text-red-800">{c.before}</td>
                <td className="break-words py-2 text-green-800">{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
