import pg from "pg";
import { describe, expect, it } from "vitest";
import { POOL_SIZE } from "@/lib/db";
import { warmUp } from "./mutations/warmup";

describe("the start-up warm-up (instrumentation.ts → warmUp)", () => {
  it("opens every connection of the pool, keeps them open, runs the booking's query shapes and writes nothing", async () => {
    const lines: string[] = [];
    const result = await warmUp({ log: (m) => lines.push(m) });
    expect(result).toMatchObject({ ok: true, connections: POOL_SIZE, calls: 3 * 10 * POOL_SIZE });
    expect(lines).toEqual([expect.stringContaining(`warm-up: ${POOL_SIZE} database connections open`)]);

    const probe = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await probe.connect();
    try {
      const count = async () => Number((await probe.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).rows[0].n);
      expect(await count()).toBe(POOL_SIZE);
      // pg-pool's default would close them after 10 s idle; lib/db keeps them (min = the pool).
      await new Promise((r) => setTimeout(r, 11_000));
      expect(await count()).toBe(POOL_SIZE);
      const writes = await probe.query(`SELECT (SELECT count(*) FROM queue_slots) + (SELECT count(*) FROM queue_days) + (SELECT count(*) FROM queue_tickets) + (SELECT count(*) FROM sequences) AS n`);
      expect(Number(writes.rows[0].n)).toBe(0);
    } finally {
      await probe.end();
    }
  }, 30_000);
});
