import { describeDevice } from "@/lib/accounts/security";
import { isThisDevice, type listTrustedDevices } from "@/lib/auth/devices";
import { describePlace } from "@/lib/auth/networks";
import { utcMinute as when } from "@/lib/format";
import { forgetDeviceAction } from "../actions";
import { Card } from "@/components/card";
import { ActionButton } from "@/components/action-button";

type TrustedDevice = Awaited<ReturnType<typeof listTrustedDevices>>[number];

/** The browsers that sign in without a code, each with Remove. */
export function TrustedDevicesPanel({ devices, myDevice }: { devices: TrustedDevice[]; myDevice: Parameters<typeof isThisDevice>[1] }) {
  return (
    <Card id="devices-title" title="Trusted devices" className="max-w-xl">
      <p className="mt-1 text-sm text-zinc-600">
        Browsers where you ticked Trust this device. They sign in without a verification code from networks you have used before.
      </p>
      {devices.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-700">No trusted devices. Every sign-in from a browser needs a verification code.</p>
      ) : (
        <ul className="mt-4 divide-y divide-zinc-100">
          {devices.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-3 py-3 text-sm">
              <div>
                <p className="font-medium">
                  {describeDevice(d.userAgent)}
                  {isThisDevice(d, myDevice) && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-800">This device</span>}
                </p>
                <p className="text-xs text-zinc-600">
                  {d.clientAddress ? `${describePlace(d.clientAddress)} (${d.clientAddress}) · ` : ""}trusted {when(d.createdAt)} · last used {when(d.lastUsedAt)} · until {when(d.expiresAt)}
                </p>
              </div>
              <ActionButton action={forgetDeviceAction} name="deviceId" value={d.id} label={`Remove ${describeDevice(d.userAgent)}, trusted ${when(d.createdAt)}`}>
                Remove
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
