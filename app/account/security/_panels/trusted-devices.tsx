import { describeDevice } from "@/lib/accounts/security";
import { isThisDevice, type listTrustedDevices } from "@/lib/auth/devices";
import { describePlace } from "@/lib/auth/networks";
import { describedIn, utcTime } from "@/lib/i18n/words";
import type { Translator } from "@/lib/messages";
import { forgetDeviceAction } from "../actions";
import { Card } from "@/components/card";
import { ActionButton } from "@/components/action-button";

type TrustedDevice = Awaited<ReturnType<typeof listTrustedDevices>>[number];

/** The browsers that sign in without a code, each with Remove. */
export function TrustedDevicesPanel({ i18n, devices, myDevice }: { i18n: Translator; devices: TrustedDevice[]; myDevice: Parameters<typeof isThisDevice>[1] }) {
  const when = (d: Date) => utcTime(i18n, d);
  return (
    <Card id="devices-title" title={i18n.t("account.security.trusted")} className="max-w-xl">
      <p className="mt-1 text-sm text-zinc-600">
        {i18n.t("account.security.trustedIntro")}
      </p>
      {devices.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-700">{i18n.t("account.security.trustedEmpty")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-zinc-100">
          {devices.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-3 py-3 text-sm">
              <div>
                <p className="font-medium">
                  {describedIn(i18n, describeDevice(d.userAgent))}
                  {isThisDevice(d, myDevice) && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-800">{i18n.t("account.common.thisDevice")}</span>}
                </p>
                <p className="text-xs text-zinc-600">
                  {d.clientAddress ? `${describedIn(i18n, describePlace(d.clientAddress))} (${d.clientAddress}) · ` : ""}{i18n.t("account.security.trustedTimes", { created: when(d.createdAt), used: when(d.lastUsedAt), until: when(d.expiresAt) })}
                </p>
              </div>
              <ActionButton action={forgetDeviceAction} name="deviceId" value={d.id} label={i18n.t("account.security.removeLabel", { device: describedIn(i18n, describeDevice(d.userAgent)), created: when(d.createdAt) })}>
                {i18n.t("account.security.remove")}
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
