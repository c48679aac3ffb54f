import "server-only";
import { isIP } from "node:net";
import { config } from "@/lib/config";
import { ipv6Groups } from "@/lib/auth/networks";

/**
 * The client's address, for rate limits and for what the owner is shown (sessions, trusted
 * browsers, the "New sign-in" notice). It comes from one header, the one the proxy in front writes
 * (CLIENT_ADDRESS_HEADER):
 * - X-Forwarded-For (the default). Next.js fills it from the socket only when the request has none,
 *   and a proxy appends (or replaces) the entry it saw, so the entry a trusted proxy wrote is the
 *   TRUST_PROXY-th from the end (default 1: the last one). Anything before it was written by the
 *   client and is ignored.
 * - Another header such as X-Real-IP, read whole, only when configured: a client can send that
 *   header too, so it means something only behind a proxy that always overwrites it.
 * Only a well-formed IP address is taken; anything else is "unknown", so text a client wrote never
 * reaches a page, email or SMS. A server exposed directly, with no proxy, cannot tell a forged
 * header from a real one: run it behind a proxy in production (docs/decisions).
 */
export function clientAddressFrom(headers: Headers): string {
  const header = config.clientAddressHeader;
  const value = headers.get(header) ?? "";
  if (header !== "x-forwarded-for") return wellFormed(value) ?? "unknown";
  const hops = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return (hops.length && wellFormed(hops[Math.max(0, hops.length - config.trustProxy)])) || "unknown";
}

/** The address in a header entry (a port some load balancers add is dropped), or null. */
function wellFormed(entry: string): string | null {
  const s = entry.trim();
  const a = /^\[([^\]]+)\](?::\d+)?$/.exec(s)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(s)?.[1] ?? s;
  return isIP(a) && a.length <= 64 ? a.toLowerCase() : null;
}

/**
 * What per-client rate limits count against for an address: an IPv4 address itself (also when
 * written IPv4-mapped, ::ffff:203.0.113.9), and for IPv6 its /64, the smallest block a home or
 * server is given, so one client cannot take a fresh allowance from every address it owns.
 * Anything that is not an address (an account id, a destination, "unknown") is returned unchanged.
 */
export function rateLimitSubject(subject: string): string {
  const kind = isIP(subject);
  if (kind === 4) return subject;
  if (kind !== 6) return subject;
  const g = ipv6Groups(subject);
  if (!g) return subject;
  if (g.slice(0, 5).every((x) => x === "0000") && g[5] === "ffff") {
    return [g[6].slice(0, 2), g[6].slice(2), g[7].slice(0, 2), g[7].slice(2)].map((x) => Number.parseInt(x, 16)).join(".");
  }
  return `${g.slice(0, 4).map((x) => x.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
