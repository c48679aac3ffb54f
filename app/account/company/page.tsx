import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { companyOf } from "@/lib/accounts/company";
import { countryName } from "@/lib/countries";
import { formatPhone } from "@/lib/phone";
import { readFlash } from "@/lib/http/flash";
import { authenticateCompanyAction, saveCompanyAction } from "./actions";
import { getTranslator } from "@/lib/i18n/request";
import { inLanguage, utcDay } from "@/lib/i18n/words";
import { Card } from "@/components/card";
import { DetailRow } from "@/components/detail-row";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.company.title") };
}

const fields = [
  { name: "name", label: "account.company.name", autoComplete: "organization", required: true },
  { name: "address", label: "account.company.address", autoComplete: "street-address", required: true },
  { name: "city", label: "account.company.city", autoComplete: "address-level2", required: true },
  { name: "region", label: "account.company.region", autoComplete: "address-level1", required: false },
  { name: "postalCode", label: "account.company.postalCode", autoComplete: "postal-code", required: true },
  { name: "website", label: "account.company.website", autoComplete: "url", required: false },
] as const;

export default async function CompanyPage() {
  const me = await requireUser("/account/company", ["installer_admin"]);
  const company = await companyOf(me.id);
  if (!company) redirect("/account");
  const flash = await readFlash("company");
  const i18n = await getTranslator();
  const notice = i18n.notice("company", flash.notice);
  const value = (name: string) => flash.values?.[name] ?? ((company as Record<string, unknown>)[name] as string | null) ?? "";
  return (
    <div className="space-y-6">
      <Card id="company-title" title={i18n.t("account.company.title")} level={1} className="max-w-xl">
        {!company.detailsCompletedAt && (
          <p className="mt-2 text-sm text-zinc-700">{i18n.t("account.company.complete")}</p>
        )}
        {notice && (
          <p role={notice.ok ? "status" : "alert"} className={`mt-3 rounded-md p-3 text-sm ${notice.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}>
            {notice.text}
          </p>
        )}
        <dl className="mt-4 text-sm">
          <DetailRow term={i18n.t("account.common.countryRegion")} dense>{countryName(company.country, i18n.locale)}</DetailRow>
          <p className="text-xs text-zinc-500">{i18n.t("account.company.countryFixed")}</p>
          {company.phone && <DetailRow term={i18n.t("account.company.phone")} dense>{formatPhone(company.phone)}</DetailRow>}
        </dl>
        <form action={saveCompanyAction} className="mt-4 flex flex-col gap-4">
          {fields.map((f) => {
            const error = flash.errors?.[f.name] && inLanguage(i18n, flash.errors[f.name]);
            return (
              <div key={f.name}>
                <label htmlFor={`company-${f.name}`} className="block text-sm font-medium">
                  {i18n.t(f.label)}
                  {!f.required && <span className="font-normal text-zinc-500"> {i18n.t("account.common.optional")}</span>}
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
            {i18n.t("account.common.save")}
          </button>
        </form>
      </Card>
      <Card id="auth-title" title={i18n.t("account.company.authTitle")} className="max-w-xl">
        {company.authenticatedAt ? (
          <p className="mt-2 text-sm text-green-800">{i18n.t("account.company.authenticatedSince", { date: utcDay(i18n, company.authenticatedAt) })}</p>
        ) : (
          <form action={authenticateCompanyAction} className="mt-3 flex flex-col gap-3">
            <p className="text-sm text-zinc-700">{i18n.t("account.company.notAuthenticated")}</p>
            <label htmlFor="authCode" className="block text-sm font-medium">
              {i18n.t("account.company.authCode")}
            </label>
            <input id="authCode" name="authCode" inputMode="numeric" autoComplete="off" required className="input" />
            <button type="submit" className="btn-secondary">
              {i18n.t("account.company.authenticate")}
            </button>
          </form>
        )}
      </Card>
    </div>
  );
}
