/**
 * The headers every answer carries, and the limits the proxy (proxy.ts) enforces before Next.js
 * reads a request. Pure functions of the request facts, so they are tested without a server.
 */

/** What people are told: a label photo may be up to 10 MB (lib/uploads). */
export const UPLOAD_LIMIT_MB = 10;
/** `serverActions.bodySizeLimit` in next.config.ts: the photo plus the form around it. */
export const REQUEST_BODY_LIMIT = "11mb";
export const REQUEST_BODY_LIMIT_BYTES = 11 * 1024 * 1024;
/**
 * How much of a body Next.js copies for the proxy (`proxyClientMaxBodySize`); longer bodies are cut
 * there. It is larger than the limit by more than a network chunk, so a body cut short still counts
 * more than the limit and is refused rather than passed on truncated.
 */
export const PROXY_BODY_COPY_LIMIT = "12mb";

/** A fresh CSP nonce: 128 random bits. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy({ nonce, dev, https }: { nonce: string; dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // Next.js puts the nonce on its scripts; what they load is trusted through them (strict-dynamic).
    // React needs eval in development only (server error stacks shown in the browser).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (the studio's React Flow diagram, progress bars) cannot carry a nonce, and a
    // nonce in this list would switch 'unsafe-inline' off: styles stay inline-capable, scripts do not.
    "style-src 'self' 'unsafe-inline'",
    // Picture codes are data:image/svg+xml; the photo preview uses blob: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Powerful features nobody here uses are off for every page and frame. Passkeys may come later:
 * publickey-credentials-get/create are left at their default (this origin).
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
].join(", ");

/** Addresses that carry a secret (confirm, unsubscribe, Verify Now links): send no referrer at all from them. */
const TOKEN_PATHS = ["/verify-email", "/newsletter/confirm", "/newsletter/unsubscribe", "/api/newsletter/unsubscribe"];

export function holdsToken(url: URL): boolean {
  return url.searchParams.has("token") || TOKEN_PATHS.includes(url.pathname);
}

/** HSTS only where the site is served over https; over plain http browsers ignore it anyway. */
export function servedOverHttps(appUrl: string | undefined, forwardedProto: string | null, protocol: string): boolean {
  const lastHop = forwardedProto?.split(",").pop()?.trim().toLowerCase();
  return (appUrl ?? "").startsWith("https://") || lastHop === "https" || protocol === "https:";
}

export function securityHeaders({ csp, url, https }: { csp: string; url: URL; https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "Referrer-Policy": holdsToken(url) ? "no-referrer" : "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Is a state-changing request from a page of ours? Browsers send Sec-Fetch-Site and Origin with
 * every POST; requests without either come from programs, which hold no one else's cookies.
 * `Origin: null` with `Sec-Fetch-Site: same-origin` is our own page with `Referrer-Policy:
 * no-referrer` (the token pages): the browser hides the origin but still says it is the same.
 */
export function crossOriginVerdict(
  headers: Headers,
  ownHosts: string[],
): "same" | "same_hidden" | "foreign" {
  const site = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  if (site && site !== "same-origin" && site !== "none") return "foreign";
  if (origin === null) return "same";
  if (origin === "null") return site === "same-origin" ? "same_hidden" : "foreign";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return "foreign";
  }
  return ownHosts.includes(host) ? "same" : "foreign";
}

export function tooLargePage(backTo: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>File too large · Gatehouse</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#18181b}a{color:#b91c1c}</style>
</head><body>
<h1>That file is too large</h1>
<p>What you sent is too large: a photo can be at most ${UPLOAD_LIMIT_MB} MB. Choose a smaller photo (or take it again at a lower resolution) and send it again.</p>
<p><a href="${escapeHtml(backTo)}">Go back</a></p>
</body></html>`;
}

export function refusedCrossOriginText(): string {
  return "Refused: this form was sent from another site. Open the page on this site and send it from there.";
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
