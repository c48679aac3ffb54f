import type { Metadata } from "next";
import { authCodeSummary } from "@/lib/accounts/company";
import { requireUser } from "@/lib/auth/guard";
import { readFlash } from "@/lib/http/flash";
import { issueAuthCodesAction } from "./actions";
import { Card } from "@/components/card";
import { getTranslator } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("desk.admin.authCodes.title") };
}

export default async function AuthCodesPage() {
  await requireUser("/admin/auth-codes", ["admin"]);
  const i18n = await getTranslator();
  const flash = await readFlash("auth-codes");
  const fresh = flash.values?.codes?.split(",").filter(Boolean) ?? [];
  const { issued, used, recent } = await authCodeSummary();
  return (
    <Card id="codes-title" title={i18n.t("desk.admin.authCodes.title")} level={1} className="max-w-2xl">
      <p className="mt-1 text-sm text-zinc-600">
        {i18n.t("desk.admin.authCodes.summary", { issued: i18n.number(issued), used: i18n.number(used) })}
      </p>
      {flash.notice && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {flash.notice}
        </p>
      )}
      {fresh.length > 0 && (
        <div role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-900">
          <p className="font-medium">{i18n.t("desk.admin.authCodes.newCodes")}</p>
          <ul className="mt-1 font-mono">
            {fresh.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <form action={issueAuthCodesAction} className="mt-4 flex flex-col gap-3">
        <label htmlFor="count" className="text-sm font-medium">
          {i18n.t("desk.admin.authCodes.howMany")}
        </label>
        <input id="count" name="count" type="number" min={1} max={50} defaultValue={1} required className="input" />
        <label htmlFor="note" className="text-sm font-medium">
          {i18n.t("desk.admin.authCodes.note")}
        </label>
        <input id="note" name="note" maxLength={200} className="input" placeholder={i18n.t("desk.admin.authCodes.notePlaceholder")} />
        <button type="submit" className="btn-primary">
          {i18n.t("desk.admin.authCodes.issue")}
        </button>
      </form>
      {recent.length > 0 && (
        <>
          <h2 className="mt-6 font-semibold">{i18n.t("desk.admin.authCodes.recent")}</h2>
          <ul className="mt-2 divide-y divide-zinc-100 text-sm">
            {recent.map((r) => (
              <li key={r.codeHash} className="py-1">
                {r.usedAt?.toISOString().slice(0, 16).replace("T", " ")} · {i18n.t("desk.admin.authCodes.issuedBy", { name: r.issuedBy })}
                {r.note ? ` · ${r.note}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
