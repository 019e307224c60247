import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One Prisma client per process; reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  // No connection is opened until the first query, so importing this module never fails.
  const connectionString = process.env.DATABASE_URL ?? "";
  // A connection that cannot be made in 5 s is an error (answered as "sedang gangguan" by
  // scripts/lib/db-outage.mjs), not a request that hangs while the database is unreachable.
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 5000 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export { Prisma } from "@/lib/generated/prisma/client";
