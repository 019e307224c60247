import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only data and mutation modules (and the seed, tests and scripts) may talk to Prisma directly.
const prismaImports = {
  paths: [{ name: "@/lib/db", message: "Import the Prisma client only in lib/<domain>/data.ts or mutations.ts." }],
  patterns: [{ group: ["@/lib/generated/prisma/client", "**/generated/prisma/client"], message: "Use lib/db from data.ts or mutations.ts." }],
};

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
      "lib/**/data/*.ts",
      "lib/**/mutations/*.ts",
      "lib/db.ts",
      "lib/audit/*.ts",
      "lib/auth/credentials.ts",
      "lib/auth/actor.ts",
      "lib/storage/*.ts",
      "prisma/**",
      "bench/**",
      "scripts/**",
      "e2e/**",
      "test/**",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
