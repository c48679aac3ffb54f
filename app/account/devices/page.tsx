import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { devicesOf } from "@/lib/devices/accounts";
import { readFlash } from "@/lib/http/flash";
import { addDeviceAction } from "./actions";
import { getTranslator } from "@/lib/i18n/request";
import { utcDay } from "@/lib/i18n/words";
import { Card } from "@/components/card";
import { TableHead } from "@/components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.devices.title") };
}

export default async function DevicesPage() {
  const me = await requireUser("/account/devices");
  const [list, flash, i18n] = await Promise.all([devicesOf(me.id), readFlash("devices"), getTranslator()]);
  const t = i18n.t;
  return (
    <div className="space-y-6">
      <Card id="devices-title" title={t("account.devices.title")} level={1}>
        {flash.notice === "added" && (
          <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
            {t("notices.devices.added")}
          </p>
        )}
        {list.length === 0 ? (
          <p className="mt-3 text-sm text-zinc-700">{t("account.devices.empty")}</p>
        ) : (
          <table className="table-cards mt-4 w-full text-left text-sm">
            <caption className="sr-only">{t("account.devices.caption")}</caption>
            <TableHead
              className="text-xs uppercase text-zinc-600"
              cellClassName="py-1"
              columns={[
                { label: t("account.devices.name") },
                { label: t("account.devices.model") },
                { label: t("account.common.serialNumber") },
                { label: t("account.devices.firmware") },
                { label: t("account.devices.added") },
              ]}
            />
            <tbody className="divide-y divide-zinc-100 max-sm:divide-y-0">
              {list.map((d) => (
                <tr key={d.id}>
                  <td className="py-2" data-label={t("account.devices.name")}>{d.name}</td>
                  <td className="py-2" data-label={t("account.devices.model")}>{d.model ?? "—"}</td>
                  <td className="py-2 font-mono text-xs" data-label={t("account.common.serialNumber")}>{d.serial}</td>
                  <td className="py-2" data-label={t("account.devices.firmware")}>{d.firmware ?? "—"}</td>
                  <td className="py-2" data-label={t("account.devices.added")}>{utcDay(i18n, d.addedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card id="add-device-title" title={t("account.devices.addTitle")}>
        <form action={addDeviceAction} className="mt-3 flex flex-col gap-3">
          <div>
            <label htmlFor="serial" className="block text-sm font-medium">
              {t("account.common.serialNumber")}
            </label>
            <input
              id="serial"
              name="serial"
              required
              maxLength={48}
              defaultValue={flash.values?.serial}
              aria-invalid={flash.errors?.serial ? true : undefined}
              aria-describedby={flash.errors?.serial ? "serial-error" : "serial-hint"}
              className="input mt-1 font-mono"
            />
            <p id="serial-hint" className="mt-1 text-xs text-zinc-600">
              {t("account.devices.serialHint")}
            </p>
            {flash.errors?.serial && (
              <p id="serial-error" className="mt-1 text-sm text-red-700">
                {flash.errors.serial}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="name" className="block text-sm font-medium">
              {t("account.devices.nameOptional")}
            </label>
            <input
              id="name"
              name="name"
              maxLength={60}
              aria-invalid={flash.errors?.name ? true : undefined}
              aria-describedby={flash.errors?.name ? "name-error" : undefined}
              className="input mt-1"
            />
            {flash.errors?.name && (
              <p id="name-error" className="mt-1 text-sm text-red-700">
                {flash.errors.name}
              </p>
            )}
          </div>
          <button type="submit" className="btn-primary self-start">
            {t("account.devices.add")}
          </button>
        </form>
        <p className="mt-3 text-sm">
          {t("account.devices.forgot")}{" "}
          <Link href="/tools/cases/new" className="link">
            {t("account.common.createCase")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
