import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { devicesOf } from "@/lib/devices/accounts";
import { readFlash } from "@/lib/http/flash";
import { addDeviceAction } from "./actions";
import { t } from "@/lib/messages";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "My devices" };

const when = (d: Date) => d.toISOString().slice(0, 10);

export default async function DevicesPage() {
  const me = await requireUser("/account/devices");
  const [list, flash] = await Promise.all([devicesOf(me.id), readFlash("devices")]);
  return (
    <div className="space-y-6">
      <Card id="devices-title" title="My devices" level={1}>
        {flash.notice === "added" && (
          <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
            {t("notices.devices.added")}
          </p>
        )}
        {list.length === 0 ? (
          <p className="mt-3 text-sm text-zinc-700">No devices yet. Add one by its serial number, or open a support case from a LAN scan.</p>
        ) : (
          <table className="table-cards mt-4 w-full text-left text-sm">
            <caption className="sr-only">Devices</caption>
            <thead className="text-xs uppercase text-zinc-600">
              <tr>
                <th scope="col" className="py-1">Name</th>
                <th scope="col" className="py-1">Model</th>
                <th scope="col" className="py-1">Serial number</th>
                <th scope="col" className="py-1">Firmware</th>
                <th scope="col" className="py-1">Added</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 max-sm:divide-y-0">
              {list.map((d) => (
                <tr key={d.id}>
                  <td className="py-2" data-label="Name">{d.name}</td>
                  <td className="py-2" data-label="Model">{d.model ?? "—"}</td>
                  <td className="py-2 font-mono text-xs" data-label="Serial number">{d.serial}</td>
                  <td className="py-2" data-label="Firmware">{d.firmware ?? "—"}</td>
                  <td className="py-2" data-label="Added">{when(d.addedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card id="add-device-title" title="Add device">
        <form action={addDeviceAction} className="mt-3 flex flex-col gap-3">
          <div>
            <label htmlFor="serial" className="block text-sm font-medium">
              Serial number
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
              On the label of the device, after SerialNo.
            </p>
            {flash.errors?.serial && (
              <p id="serial-error" className="mt-1 text-sm text-red-700">
                {flash.errors.serial}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="name" className="block text-sm font-medium">
              Name (optional)
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
            Add device
          </button>
        </form>
        <p className="mt-3 text-sm">
          Forgot a device password?{" "}
          <Link href="/tools/cases/new" className="link">
            Create Online Support Case
          </Link>
        </p>
      </Card>
    </div>
  );
}
