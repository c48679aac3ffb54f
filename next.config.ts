import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native or file-reading packages must be loaded by Node at run time, not bundled:
  // PGlite reads its WASM next to its module, svg-captcha loads a font file, argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "svg-captcha", "@node-rs/argon2", "postgres", "sharp"],
  poweredByHeader: false,
  experimental: {
    // Label photos for support cases are up to 10 MB (checked again, with a clear message, on the server).
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
