import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only data and mutation modules (and the seed, tests and scripts) may talk to Prisma directly.
const dbImport = { name: "@/lib/db", message: "Import the Prisma client only in lib/<domain>/data.ts or mutations.ts." };
// Generated Prisma code — the client, its types and its enums — belongs to data, mutation and policy
// modules; everything else uses the domain's own types (lib/<domain>/types.ts, schema.ts).
const generatedImport = {
  group: ["@/lib/generated/**", "**/generated/prisma", "**/generated/prisma/**"],
  message: "Import generated Prisma code (client, types, enums) only in data, mutation or policy modules.",
};
const prismaImports = { paths: [dbImport], patterns: [generatedImport] };
// Policy modules may name Prisma types (where shapes, enums) but never reach the client.
const policyImports = { paths: [dbImport], patterns: [{ group: ["@/lib/generated/prisma/client"], importNames: ["PrismaClient"], message: "Policy modules hold no Prisma client." }] };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", "tools/**", ".data/**", "next-env.d.ts", "playwright-report/**", "test-results/**"],
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", prismaImports],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "lib/**/data.ts",
      "lib/**/mutations.ts",
      // Including audience folders below them (lib/requests/data/staff/*, lib/requests/mutations/staff/*).
      "lib/**/data/**/*.ts",
      "lib/**/mutations/**/*.ts",
      "lib/db.ts",
      "lib/audit/*.ts",
      "lib/auth/credentials.ts",
      "lib/auth/actor.ts",
      // lib/storage/types.ts is imported by client components: it stays under the rule.
      "lib/storage/access.ts",
      "lib/storage/cleanup.ts",
      "lib/storage/ingest.ts",
      "lib/storage/local-disk.ts",
      "lib/storage/store.ts",
      "lib/storage/uploadthing.ts",
      "prisma/**",
      "bench/**",
      "scripts/**",
      "e2e/**",
      "test/**",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["lib/**/policy.ts", "lib/**/policy/*.ts"],
    rules: { "no-restricted-imports": ["error", policyImports] },
  },
];

export default config;
