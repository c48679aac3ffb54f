import { XMLParser } from "fast-xml-parser";

/**
 * SADP messages: the XML a client multicasts to find devices (Probe), what devices answer
 * (ProbeMatch), and the reset command with its reply. Replies come from anything on the LAN, so
 * parsing refuses, rather than throws on, anything oversized, malformed or hostile.
 */

export type SadpDevice = {
  uuid?: string;
  model: string;
  serial: string;
  mac: string;
  ipv4: string;
  firmware: string;
  activated: boolean;
  passwordResetAbility: boolean;
};

const MAX_BYTES = 8 * 1024;
const MAX_FIELD = 128;

const parser = new XMLParser({
  ignoreAttributes: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
});

const escapeXml = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
const unescapeXml = (v: string) =>
  v.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The root element's children as strings, or null for anything that is not a small, plain XML document. */
function readRoot(input: string | Buffer, root: string): Record<string, string> | null {
  const text = typeof input === "string" ? input : input.toString("utf8");
  if (Buffer.byteLength(text) > MAX_BYTES) return null;
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return null;
  // Control characters other than tab, CR and LF have no place in these messages.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return null;
  let doc: unknown;
  try {
    doc = parser.parse(text, true);
  } catch {
    return null;
  }
  const node = doc && typeof doc === "object" ? (doc as Record<string, unknown>)[root] : undefined;
  if (!node || typeof node !== "object" || Array.isArray(node)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (typeof v !== "string" && typeof v !== "number") return null; // nested or repeated elements
    const s = unescapeXml(String(v));
    if (s.length > MAX_FIELD) return null;
    out[k] = s;
  }
  return out;
}

/** Firmware writes booleans loosely ("flase" included): only clear yeses count as true. */
export function looseBoolean(v: string | undefined): boolean {
  return /^(true|1|yes)$/i.test((v ?? "").trim());
}

export function normalizeMac(mac: string): string | null {
  const hex = mac.trim().toLowerCase().replace(/[-:.]/g, "");
  return /^[0-9a-f]{12}$/.test(hex) ? hex.match(/../g)!.join("-") : null;
}

export function isIpv4(v: string): boolean {
  const parts = v.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

export function buildProbe(uuid: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Probe><Uuid>${escapeXml(uuid.toUpperCase())}</Uuid><Types>inquiry</Types></Probe>`;
}

export function parseProbe(xml: string | Buffer): { uuid: string; type: string } | null {
  const r = readRoot(xml, "Probe");
  return r && r.Uuid && r.Types ? { uuid: r.Uuid, type: r.Types } : null;
}

export function buildProbeMatch(d: SadpDevice, uuid: string): string {
  const f = (tag: string, v: string) => `<${tag}>${escapeXml(v)}</${tag}>`;
  return (
    `<?xml version="1.0" encoding="utf-8"?><ProbeMatch>` +
    f("Uuid", uuid) +
    f("Types", "inquiry") +
    f("DeviceType", "0") +
    f("DeviceDescription", d.model) +
    f("DeviceSN", d.serial) +
    f("CommandPort", "8000") +
    f("HttpPort", "80") +
    f("MAC", d.mac) +
    f("IPv4Address", d.ipv4) +
    f("IPv4SubnetMask", "255.255.255.0") +
    f("IPv4Gateway", d.ipv4.replace(/\.\d+$/, ".1")) +
    f("DHCP", "false") +
    f("SoftwareVersion", d.firmware) +
    f("Activated", String(d.activated)) +
    f("PasswordResetAbility", String(d.passwordResetAbility)) +
    `</ProbeMatch>`
  );
}

/** A device's answer to a probe, or null for anything that is not a well-formed, complete one. */
export function parseProbeMatch(xml: string | Buffer): SadpDevice | null {
  const r = readRoot(xml, "ProbeMatch");
  if (!r || (r.Types && r.Types.toLowerCase() !== "inquiry")) return null;
  const mac = normalizeMac(r.MAC ?? "");
  const serial = (r.DeviceSN ?? "").trim();
  const ipv4 = (r.IPv4Address ?? "").trim();
  if (!mac || !serial || !isIpv4(ipv4)) return null;
  return {
    uuid: r.Uuid,
    model: (r.DeviceDescription ?? "").trim(),
    serial,
    mac,
    ipv4,
    firmware: (r.SoftwareVersion ?? "").trim(),
    activated: looseBoolean(r.Activated),
    passwordResetAbility: looseBoolean(r.PasswordResetAbility),
  };
}

export function buildResetCommand(o: { uuid: string; mac: string; code: string; password: string }): string {
  return `<?xml version="1.0" encoding="utf-8"?><Probe><Uuid>${escapeXml(o.uuid.toUpperCase())}</Uuid><MAC>${escapeXml(o.mac)}</MAC><Types>resetPassword</Types><Code>${escapeXml(o.code)}</Code><Password>${escapeXml(o.password)}</Password></Probe>`;
}

export function parseResetCommand(xml: string | Buffer): { uuid: string; mac: string; code: string; password: string } | null {
  const r = readRoot(xml, "Probe");
  if (!r || r.Types !== "resetPassword" || !r.Uuid || !r.Code || r.Password === undefined) return null;
  const mac = normalizeMac(r.MAC ?? "");
  return mac ? { uuid: r.Uuid, mac, code: r.Code, password: r.Password } : null;
}

export function buildResetReply(o: { uuid: string; mac: string; result: "success" | "failed"; reason?: string }): string {
  return `<?xml version="1.0" encoding="utf-8"?><ProbeMatch><Uuid>${escapeXml(o.uuid)}</Uuid><MAC>${escapeXml(o.mac)}</MAC><Types>resetPassword</Types><Result>${o.result}</Result>${o.reason ? `<Reason>${escapeXml(o.reason)}</Reason>` : ""}</ProbeMatch>`;
}

export function parseResetReply(xml: string | Buffer): { uuid: string; mac: string; ok: boolean; reason?: string } | null {
  const r = readRoot(xml, "ProbeMatch");
  if (!r || r.Types !== "resetPassword" || !r.Uuid || !r.Result) return null;
  const mac = normalizeMac(r.MAC ?? "");
  if (!mac) return null;
  return { uuid: r.Uuid, mac, ok: r.Result === "success", ...(r.Reason ? { reason: r.Reason } : {}) };
}
