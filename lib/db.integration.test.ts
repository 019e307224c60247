import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("the shared Prisma client", () => {
  it("lets a transaction wait for a busy pool instead of failing after Prisma's 2-second default", async () => {
    const pool = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    // Two more transactions than connections, each holding its connection 2.5 s: the last two wait
    // about 2.5 s for a free one, as autosaves did at 200 residents in the load test.
    const hold = () => db.$transaction(async (tx) => (await tx.$executeRawUnsafe("SELECT pg_sleep(2.5)"), "saved"));
    const results = await Promise.allSettled(Array.from({ length: pool + 2 }, hold));
    const failed = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason).slice(0, 160)] : []));
    expect(failed).toEqual([]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(pool + 2);
  }, 30_000);
});
