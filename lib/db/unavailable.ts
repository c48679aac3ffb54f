/**
 * Whether an error means the database could not be reached or dropped the connection (rather
 * than refusing a query). Such a request changed nothing that was not committed, so the person is
 * asked to try again (503 on the API) instead of being shown a failure.
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  // postgres.js
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  // Follows `cause`, and `err` too: Auth.js wraps what its callbacks threw as `cause: { err }`.
  for (let e = error as { code?: unknown; cause?: unknown; err?: unknown } | undefined, depth = 0; e && depth < 8; e = (e.cause ?? e.err) as typeof e, depth++) {
    const code = typeof e.code === "string" ? e.code : "";
    // SQLSTATE class 08: connection exceptions; 57P01-57P03: the server is shutting down or starting.
    if (NETWORK_CODES.has(code) || code.startsWith("08") || /^57P0[123]$/.test(code)) return true;
  }
  return false;
}
