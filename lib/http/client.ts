import { config } from "@/lib/config";

/**
 * The client's address, for rate limits and the session list.
 * Next.js fills X-Forwarded-For from the socket only when the request has none, so:
 * - TRUST_PROXY=1 (behind a proxy you run, which sets the header): its first entry, the client.
 * - otherwise: the last entry, the nearest hop. Exposed directly, a client can still choose this
 *   value; run behind a proxy in production (see docs/decisions).
 */
export function clientAddressFrom(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const address = config.trustProxy ? hops[0] : hops.at(-1);
  return (address || headers.get("x-real-ip") || "unknown").slice(0, 64);
}
