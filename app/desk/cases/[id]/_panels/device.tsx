import type { Translator } from "@/lib/messages";
import { panel } from "../../../ui";

export type ScannedDevice = { model: string; serial: string; ipv4: string; mac: string; firmware: string; activated: boolean; passwordResetAbility: boolean };

/** What the LAN scan reported for the device the case is about. */
export function DevicePanel({ device, i18n }: { device: ScannedDevice; i18n: Translator }) {
  return (
    <section className={`${panel} lg:col-start-1 lg:row-start-1`} aria-labelledby="device-title" data-testid="device-panel">
      <h2 id="device-title" className="font-semibold">
        {i18n.t("desk.device.title")}
      </h2>
      <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600">{i18n.t("desk.device.model")}</dt>
        <dd className="break-words">{device.model}</dd>
        <dt className="text-zinc-600">{i18n.t("desk.device.serial")}</dt>
        <dd className="break-all font-mono text-lg font-semibold leading-6" data-testid="scanned-serial">
          {device.serial}
        </dd>
        <dt className="text-zinc-600">{i18n.t("desk.device.mac")}</dt>
        <dd className="break-all font-mono">{device.mac}</dd>
        <dt className="text-zinc-600">{i18n.t("desk.device.firmware")}</dt>
        <dd className="break-words">{device.firmware}</dd>
        <dt className="text-zinc-600">{i18n.t("desk.device.ip")}</dt>
        <dd>{device.ipv4}</dd>
        <dt className="text-zinc-600">{i18n.t("desk.device.activated")}</dt>
        <dd>{device.activated ? i18n.t("desk.device.yes") : i18n.t("desk.device.no")}</dd>
        <dt className="text-zinc-600">{i18n.t("desk.device.passwordReset")}</dt>
        <dd>{device.passwordResetAbility ? i18n.t("desk.device.supported") : i18n.t("desk.device.notSupported")}</dd>
      </dl>
    </section>
  );
}
