/**
 * The client's address, for rate limits and the session list.
 *
 * Next.js fills X-Forwarded-For from the socket only when the request has none, and a proxy in
 * front appends (or replaces) the entry it saw. So the entry a trusted proxy wrote is the
 * TRUST_PROXY-th from the end (default 1: the last one). Anything before it was written by the
 * client and is ignored. A server exposed directly, with no proxy, cannot tell a forged header
 * from a real one: run it behind a proxy in production (docs/decisions).
 */
export function clientAddressFrom(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const trusted = Math.max(1, Number.parseInt(process.env.TRUST_PROXY ?? "1", 10) || 1);
  const address = hops.length ? hops[Math.max(0, hops.length - trusted)] : undefined;
  return (address || headers.get("x-real-ip") || "unknown").slice(0, 64);
}
