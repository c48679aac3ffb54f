import { panel } from "../../../ui";

export type ScannedDevice = { model: string; serial: string; ipv4: string; mac: string; firmware: string; activated: boolean; passwordResetAbility: boolean };

/** What the LAN scan reported for the device the case is about. */
export function DevicePanel({ device }: { device: ScannedDevice }) {
  return (
    <section className={`${panel} lg:col-start-1 lg:row-start-1`} aria-labelledby="device-title" data-testid="device-panel">
      <h2 id="device-title" className="font-semibold">
        Device from the LAN scan
      </h2>
      <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600">Model</dt>
        <dd className="break-words">{device.model}</dd>
        <dt className="text-zinc-600">Serial number</dt>
        <dd className="break-all font-mono text-lg font-semibold leading-6" data-testid="scanned-serial">
          {device.serial}
        </dd>
        <dt className="text-zinc-600">MAC</dt>
        <dd className="break-all font-mono">{device.mac}</dd>
        <dt className="text-zinc-600">Firmware</dt>
        <dd className="break-words">{device.firmware}</dd>
        <dt className="text-zinc-600">IP address</dt>
        <dd>{device.ipv4}</dd>
        <dt className="text-zinc-600">Activated</dt>
        <dd>{device.activated ? "Yes" : "No"}</dd>
        <dt className="text-zinc-600">Password reset</dt>
        <dd>{device.passwordResetAbility ? "Supported" : "Not supported"}</dd>
      </dl>
    </section>
  );
}
