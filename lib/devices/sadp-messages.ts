import { element, readMessage, XML_DECLARATION } from "./sadp-xml";

/**
 * SADP messages: the Probe a client multicasts to find devices, the ProbeMatch each device answers,
 * and the reset command with its reply. Parsers return null, never throw, for anything that is not
 * a complete, well-formed message (see sadp-xml.ts for what is refused outright).
 */

export type SadpDevice = {
  uuid?: string;
  model: string;
  serial: string;
  /** Lower case, dash separated: 44-19-b6-aa-bb-cc. */
  mac: string;
  ipv4: string;
  firmware: string;
  activated: boolean;
  passwordResetAbility: boolean;
};

export type ResetRefusal = "code" | "password" | "expired" | "used";

/** Firmware writes booleans loosely ("flase" included): only clear yeses count as true. */
export function looseBoolean(value: string | undefined): boolean {
  return /^(true|1|yes)$/i.test((value ?? "").trim());
}

/** A MAC address in any common notation, as 44-19-b6-aa-bb-cc; null if it is not one. */
export function normalizeMac(mac: string): string | null {
  const hex = mac.trim().toLowerCase().replace(/[-:.]/g, "");
  return /^[0-9a-f]{12}$/.test(hex) ? hex.match(/../g)!.join("-") : null;
}

/** Dotted-quad IPv4 without leading zeros (which some stacks read as octal). */
export function isIpv4(value: string): boolean {
  const parts = value.split(".");
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

export function buildProbe(uuid: string): string {
  return `${XML_DECLARATION}<Probe>${element("Uuid", uuid.toUpperCase())}<Types>inquiry</Types></Probe>`;
}

/** A Probe as a device reads it; `type` tells an inquiry from a reset command. */
export function parseProbe(xml: string | Buffer): { uuid: string; type: string } | null {
  const r = readMessage(xml, "Probe");
  return r?.Uuid && r.Types ? { uuid: r.Uuid, type: r.Types } : null;
}

export function buildProbeMatch(device: SadpDevice, uuid: string): string {
  const gateway = device.ipv4.replace(/\.\d+$/, ".1");
  return (
    `${XML_DECLARATION}<ProbeMatch>` +
    element("Uuid", uuid) +
    element("Types", "inquiry") +
    element("DeviceType", "0") +
    element("DeviceDescription", device.model) +
    element("DeviceSN", device.serial) +
    element("CommandPort", "8000") +
    element("HttpPort", "80") +
    element("MAC", device.mac) +
    element("IPv4Address", device.ipv4) +
    element("IPv4SubnetMask", "255.255.255.0") +
    element("IPv4Gateway", gateway) +
    element("DHCP", "false") +
    element("SoftwareVersion", device.firmware) +
    element("Activated", String(device.activated)) +
    element("PasswordResetAbility", String(device.passwordResetAbility)) +
    `</ProbeMatch>`
  );
}

/** A device's answer to a probe, or null for anything that is not a complete, valid one. */
export function parseProbeMatch(xml: string | Buffer): SadpDevice | null {
  const r = readMessage(xml, "ProbeMatch");
  // Types may be missing on old firmware, but a reset reply is not a device.
  if (!r || (r.Types !== undefined && r.Types.toLowerCase() !== "inquiry")) return null;
  const mac = normalizeMac(r.MAC ?? "");
  const serial = (r.DeviceSN ?? "").trim();
  const ipv4 = (r.IPv4Address ?? "").trim();
  if (!mac || !serial || !isIpv4(ipv4)) return null;
  return {
    ...(r.Uuid ? { uuid: r.Uuid } : {}),
    model: (r.DeviceDescription ?? "").trim(),
    serial,
    mac,
    ipv4,
    firmware: (r.SoftwareVersion ?? "").trim(),
    activated: looseBoolean(r.Activated),
    passwordResetAbility: looseBoolean(r.PasswordResetAbility),
  };
}

export type ResetCommand = { uuid: string; mac: string; code: string; password: string };

export function buildResetCommand(o: ResetCommand): string {
  return (
    `${XML_DECLARATION}<Probe>` +
    element("Uuid", o.uuid.toUpperCase()) +
    element("MAC", o.mac) +
    `<Types>resetPassword</Types>` +
    element("Code", o.code) +
    element("Password", o.password) +
    `</Probe>`
  );
}

export function parseResetCommand(xml: string | Buffer): ResetCommand | null {
  const r = readMessage(xml, "Probe");
  if (!r || r.Types !== "resetPassword" || !r.Uuid || !r.Code || r.Password === undefined) return null;
  const mac = normalizeMac(r.MAC ?? "");
  return mac ? { uuid: r.Uuid, mac, code: r.Code, password: r.Password } : null;
}

export function buildResetReply(o: { uuid: string; mac: string; result: "success" | "failed"; reason?: ResetRefusal }): string {
  return (
    `${XML_DECLARATION}<ProbeMatch>` +
    element("Uuid", o.uuid) +
    element("MAC", o.mac) +
    `<Types>resetPassword</Types>` +
    `<Result>${o.result}</Result>` +
    (o.reason ? element("Reason", o.reason) : "") +
    `</ProbeMatch>`
  );
}

/** `reason` is passed on as the device wrote it; callers map the ones they know. */
export function parseResetReply(xml: string | Buffer): { uuid: string; mac: string; ok: boolean; reason?: string } | null {
  const r = readMessage(xml, "ProbeMatch");
  if (!r || r.Types !== "resetPassword" || !r.Uuid) return null;
  const result = (r.Result ?? "").toLowerCase();
  if (result !== "success" && result !== "failed") return null;
  const mac = normalizeMac(r.MAC ?? "");
  if (!mac) return null;
  return { uuid: r.Uuid, mac, ok: result === "success", ...(r.Reason ? { reason: r.Reason } : {}) };
}
