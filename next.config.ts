import type { NextConfig } from "next";
import { PERMISSIONS_POLICY, PROXY_BODY_COPY_LIMIT, REQUEST_BODY_LIMIT } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native or file-reading packages must be loaded by Node at run time, not bundled:
  // PGlite reads its WASM next to its module, svg-captcha loads a font file, argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "svg-captcha", "@node-rs/argon2", "postgres", "sharp"],
  poweredByHeader: false,
  experimental: {
    // Label photos for support cases are up to 10 MB (checked again, with a clear message, on the server).
    // Larger bodies are refused with 413 by proxy.ts before they get here.
    serverActions: { bodySizeLimit: REQUEST_BODY_LIMIT },
    // Next.js copies a request body for proxy.ts up to this size and cuts it there: it must exceed the
    // limit above, or an upload near the limit would reach its action truncated.
    proxyClientMaxBodySize: PROXY_BODY_COPY_LIMIT,
  },
  // proxy.ts sets the headers of everything else; the build's static files skip it.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

export default nextConfig;
