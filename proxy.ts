import { NextResponse, type NextRequest } from "next/server";
import {
  REQUEST_BODY_LIMIT_BYTES,
  UPLOAD_LIMIT_MB,
  contentSecurityPolicy,
  crossOriginVerdict,
  newNonce,
  refusedCrossOriginText,
  securityHeaders,
  servedOverHttps,
  tooLargePage,
} from "@/lib/http/security-headers";

/**
 * Runs before every page, route and server action (Next.js 16 "proxy", formerly middleware):
 * 1. refuses a state-changing request to a page from another site (403), before Next.js would
 *    abort the server action with a 500;
 * 2. refuses a body over the server-action limit (413 with a page saying so), also when it comes
 *    chunked without a Content-Length;
 * 3. gives the request a CSP nonce (Next.js reads it from the request's CSP header and puts it on
 *    its scripts) and every answer the security headers.
 * Server actions still check who is signed in themselves; this only decides what reaches them.
 */

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const https = servedOverHttps(process.env.APP_URL || process.env.AUTH_URL, request.headers.get("x-forwarded-proto"), url.protocol);
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  const headers = securityHeaders({ csp, url, https });
  const isApi = url.pathname.startsWith("/api/");
  const requestHeaders = new Headers(request.headers);

  if (BODY_METHODS.has(request.method)) {
    if (await bodyTooLarge(request)) {
      const response = isApi
        ? NextResponse.json({ error: { code: "too_large", message: `The request body is larger than ${UPLOAD_LIMIT_MB} MB allows.` } }, { status: 413 })
        : new NextResponse(tooLargePage(url.pathname), { status: 413, headers: { "Content-Type": "text/html; charset=utf-8" } });
      return withHeaders(response, headers);
    }
    // API routes check their own callers (bearer tokens, the JSON-only session exchange, RFC 8058
    // one-click unsubscribe that mail providers send from their servers).
    if (!isApi) {
      const hosts = [request.headers.get("host"), request.headers.get("x-forwarded-host")?.split(",")[0]?.trim()].filter((h): h is string => !!h);
      const verdict = crossOriginVerdict(request.headers, hosts);
      if (verdict === "foreign") {
        return withHeaders(new NextResponse(refusedCrossOriginText(), { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } }), headers);
      }
      // Our own token page (no-referrer hides its origin): tell Next.js the origin it came from.
      if (verdict === "same_hidden") requestHeaders.set("origin", `${url.protocol}//${hosts.at(-1) ?? url.host}`);
    }
  }

  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * Content-Length says it at once. A chunked body has none: count what arrives (Next.js copies at
 * most PROXY_BODY_COPY_LIMIT for the proxy, more than the limit, so a longer body still counts over).
 */
async function bodyTooLarge(request: NextRequest): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null) return Number(declared) > REQUEST_BODY_LIMIT_BYTES;
  if (!request.body) return false;
  // Read to the end (at most the copy limit) without holding on to it.
  let size = 0;
  const reader = request.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) size += chunk.value.byteLength;
  return size > REQUEST_BODY_LIMIT_BYTES;
}

export const config = {
  // Everything but the build's static files (they get their headers from next.config.ts).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
