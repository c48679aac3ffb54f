import { isIP } from "node:net";

/**
 * Where a client address is, as far as the address alone tells without a geolocation database:
 * its network (IPv4 /16, IPv6 /48), the unit used for "a location not seen before", and a short
 * description for the Security page.
 */

/** The eight 4-digit groups of an IPv6 address (a dotted IPv4 tail becomes the last two); null if malformed. */
export function ipv6Groups(address: string): string[] | null {
  let a = address.toLowerCase().replace(/%.*$/, "");
  const dotted = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (dotted) {
    const [x, y, z, w] = dotted.slice(2).map(Number);
    a = `${dotted[1]}${((x << 8) | y).toString(16)}:${((z << 8) | w).toString(16)}`;
  }
  const [head, tail] = a.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 0) return null;
  return [...left, ...Array(tail === undefined ? 0 : missing).fill("0"), ...right].map((g) => g.padStart(4, "0"));
}

/** "203.0" for 203.0.113.9, "2001:0db8:0001" for 2001:db8:1::5; null for anything unparseable. */
export function networkOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const a = mapped ?? address;
  if (isIP(a) === 4) return a.split(".").slice(0, 2).join(".");
  if (isIP(a) === 6) return ipv6Groups(a)?.slice(0, 3).join(":") ?? null;
  return null;
}

function isPrivate4(a: string): boolean {
  const [x, y] = a.split(".").map(Number);
  return x === 10 || (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168) || (x === 169 && y === 254) || (x === 100 && y >= 64 && y <= 127);
}

/** "This computer", "Local network", or "Network 203.0.x.x": enough to tell one's own places apart. */
export function describePlace(address: string | null | undefined): string {
  if (!address) return "Unknown network";
  const a = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;
  if (a === "::1" || a.startsWith("127.")) return "This computer";
  if (isIP(a) === 4) return isPrivate4(a) ? "Local network" : `Network ${networkOf(a)}.x.x`;
  if (isIP(a) === 6) {
    const lower = a.toLowerCase();
    if (lower.startsWith("fc") || lower.startsWith("fd") || lower.startsWith("fe80")) return "Local network";
    return `Network ${networkOf(a)}::/48`;
  }
  return "Unknown network";
}
