import { describeDevice } from "@/lib/accounts/security";
import { isThisDevice, type listTrustedDevices } from "@/lib/auth/devices";
import { describedIn, utcTime } from "@/lib/i18n/words";
import type { Translator } from "@/lib/messages";
import { forgetDeviceAction } from "../actions";
import { Card } from "@/components/card";
import { ActionButton } from "@/components/action-button";
import { BrowserItem } from "./browser-item";

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
            <BrowserItem
              key={d.id}
              i18n={i18n}
              userAgent={d.userAgent}
              clientAddress={d.clientAddress}
              isThisDevice={isThisDevice(d, myDevice)}
              times={i18n.t("account.security.trustedTimes", { created: when(d.createdAt), used: when(d.lastUsedAt), until: when(d.expiresAt) })}
            >
              <ActionButton action={forgetDeviceAction} name="deviceId" value={d.id} label={i18n.t("account.security.removeLabel", { device: describedIn(i18n, describeDevice(d.userAgent)), created: when(d.createdAt) })}>
                {i18n.t("account.security.remove")}
              </ActionButton>
            </BrowserItem>
          ))}
        </ul>
      )}
    </Card>
  );
}
