import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { companyOf } from "@/lib/accounts/company";
import { countryByCode } from "@/lib/countries";
import { formatPhone } from "@/lib/phone";
import { readFlash } from "@/lib/http/flash";
import { authenticateCompanyAction, saveCompanyAction } from "./actions";
import { noticeOf } from "@/lib/messages";
import { Card } from "@/components/card";
import { DetailRow } from "@/components/detail-row";

export const metadata: Metadata = { title: "Company information" };


const fields = [
  { name: "name", label: "Company Name", autoComplete: "organization", required: true },
  { name: "address", label: "Address", autoComplete: "street-address", required: true },
  { name: "city", label: "City", autoComplete: "address-level2", required: true },
  { name: "region", label: "State/Province", autoComplete: "address-level1", required: false },
  { name: "postalCode", label: "Postal Code", autoComplete: "postal-code", required: true },
  { name: "website", label: "Website", autoComplete: "url", required: false },
] as const;

export default async function CompanyPage() {
  const me = await requireUser("/account/company", ["installer_admin"]);
  const company = await companyOf(me.id);
  if (!company) redirect("/account");
  const flash = await readFlash("company");
  const notice = noticeOf("company", flash.notice);
  const value = (name: string) => flash.values?.[name] ?? ((company as Record<string, unknown>)[name] as string | null) ?? "";
  return (
    <div className="space-y-6">
      <Card id="company-title" title="Company information" level={1} className="max-w-xl">
        {!company.detailsCompletedAt && (
          <p className="mt-2 text-sm text-zinc-700">Complete your company information to start working with your customers&apos; sites.</p>
        )}
        {notice && (
          <p role={notice.ok ? "status" : "alert"} className={`mt-3 rounded-md p-3 text-sm ${notice.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}>
            {notice.text}
          </p>
        )}
        <dl className="mt-4 text-sm">
          <DetailRow term="Country/Region" dense>{countryByCode(company.country)?.name ?? company.country}</DetailRow>
          <p className="text-xs text-zinc-500">The country or region was set at registration and cannot be changed.</p>
          {company.phone && <DetailRow term="Phone Number" dense>{formatPhone(company.phone)}</DetailRow>}
        </dl>
        <form action={saveCompanyAction} className="mt-4 flex flex-col gap-4">
          {fields.map((f) => {
            const error = flash.errors?.[f.name];
            return (
              <div key={f.name}>
                <label htmlFor={`company-${f.name}`} className="block text-sm font-medium">
                  {f.label}
                  {!f.required && <span className="font-normal text-zinc-500"> (optional)</span>}
                </label>
                <input
                  id={`company-${f.name}`}
                  name={f.name}
                  defaultValue={value(f.name)}
                  autoComplete={f.autoComplete}
                  required={f.required}
                  maxLength={f.name === "postalCode" ? 20 : f.name === "address" || f.name === "website" ? 200 : 100}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `company-${f.name}-error` : undefined}
                  className="input mt-1"
                />
                {error && (
                  <p id={`company-${f.name}-error`} className="mt-1 text-sm text-red-700">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          <button type="submit" className="btn-primary">
            Save
          </button>
        </form>
      </Card>
      <Card id="auth-title" title="Installer authentication" className="max-w-xl">
        {company.authenticatedAt ? (
          <p className="mt-2 text-sm text-green-800">Authenticated installer since {company.authenticatedAt.toISOString().slice(0, 10)}.</p>
        ) : (
          <form action={authenticateCompanyAction} className="mt-3 flex flex-col gap-3">
            <p className="text-sm text-zinc-700">Not authenticated yet. Enter the 10-digit code you received to prove a professional installer.</p>
            <label htmlFor="authCode" className="block text-sm font-medium">
              Authentication Code
            </label>
            <input id="authCode" name="authCode" inputMode="numeric" autoComplete="off" required className="input" />
            <button type="submit" className="btn-secondary">
              Authenticate
            </button>
          </form>
        )}
      </Card>
    </div>
  );
}
