import type { Metadata } from "next";
import { authCodeSummary } from "@/lib/accounts/company";
import { requireUser } from "@/lib/auth/guard";
import { readFlash } from "@/lib/http/flash";
import { issueAuthCodesAction } from "./actions";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Installer authentication codes" };

export default async function AuthCodesPage() {
  await requireUser("/admin/auth-codes", ["admin"]);
  const flash = await readFlash("auth-codes");
  const fresh = flash.values?.codes?.split(",").filter(Boolean) ?? [];
  const { issued, used, recent } = await authCodeSummary();
  return (
    <Card id="codes-title" title="Installer authentication codes" level={1} className="max-w-2xl">
      <p className="mt-1 text-sm text-zinc-600">
        {issued} issued, {used} used. Each code proves one installer company, once. Codes are shown only right after issuing.
      </p>
      {flash.notice && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {flash.notice}
        </p>
      )}
      {fresh.length > 0 && (
        <div role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-900">
          <p className="font-medium">New codes (copy them now):</p>
          <ul className="mt-1 font-mono">
            {fresh.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <form action={issueAuthCodesAction} className="mt-4 flex flex-col gap-3">
        <label htmlFor="count" className="text-sm font-medium">
          How many codes
        </label>
        <input id="count" name="count" type="number" min={1} max={50} defaultValue={1} required className="input" />
        <label htmlFor="note" className="text-sm font-medium">
          Note (optional)
        </label>
        <input id="note" name="note" maxLength={200} className="input" placeholder="For example: partner programme, Q1" />
        <button type="submit" className="btn-primary">
          Issue codes
        </button>
      </form>
      {recent.length > 0 && (
        <>
          <h2 className="mt-6 font-semibold">Recently used</h2>
          <ul className="mt-2 divide-y divide-zinc-100 text-sm">
            {recent.map((r) => (
              <li key={r.codeHash} className="py-1">
                {r.usedAt?.toISOString().slice(0, 16).replace("T", " ")} · issued by {r.issuedBy}
                {r.note ? ` · ${r.note}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
