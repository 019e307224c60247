import { defineConfig } from "prisma/config";

// Prisma 7's CLI downloads a native schema engine at start-up unless one is named.
// We only use it for `prisma generate`, which needs no engine: point it at a harmless file.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/layanan_warga" },
});
