import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One Prisma client per process; reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * A NEW connection that cannot be made in 5 s is an error (answered as "sedang gangguan" by
 * scripts/lib/db-outage.mjs), not a request that hangs while the database is unreachable. The
 * timeout is set on the client, not the pool: pg-pool would apply it to waiting for a free pooled
 * connection too, and at a rush (50 letters issued at once, the 07:00 booking) that wait is normal.
 */
class TimedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === "string" ? { connectionString: config } : config), connectionTimeoutMillis: 5000 });
  }
}

/**
 * Interactive transactions wait up to 15 s for a pooled connection and may run 20 s. Prisma's
 * defaults (2 s and 5 s) turned a busy minute into 500s: at 200 simulated residents on 2 cores
 * (`npm run test:load`) autosaves and draft starts failed with "Unable to start a transaction in
 * the given time" while the pool of 10 was simply busy. A slow answer beats a lost autosave.
 */
export const TRANSACTION_DEFAULTS = { maxWait: 15_000, timeout: 20_000 } as const;

/** Connections per app instance (DATABASE_POOL_SIZE, default 10). */
export const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

/**
 * Connections the pool keeps open however long they sit idle (DATABASE_POOL_KEEP, default the whole
 * pool). pg-pool's default closes every connection idle for 10 s, so an instance idle overnight met
 * the 07:00 booking rush with none open and opened them all under the burst (lib/antrian/mutations/warmup.ts opens them
 * at start). allowExitOnIdle: a script that forgets $disconnect still exits.
 */
const POOL_KEEP = Math.min(POOL_SIZE, Number(process.env.DATABASE_POOL_KEEP ?? POOL_SIZE));

function createClient() {
  // No connection is opened until the first query, so importing this module never fails.
  const connectionString = process.env.DATABASE_URL ?? "";
  const adapter = new PrismaPg({ connectionString, max: POOL_SIZE, min: POOL_KEEP, allowExitOnIdle: true, Client: TimedClient });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_DEFAULTS });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export { Prisma } from "@/lib/generated/prisma/client";
