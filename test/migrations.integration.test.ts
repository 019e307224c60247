import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper without types
import { listMigrations } from "../scripts/lib/migrate.mjs";

const root = path.resolve(__dirname, "..");

describe("migrations", () => {
  it("agree with prisma/schema.prisma (drift check with Prisma's own differ)", () => {
    const result = spawnSync(process.execPath, ["scripts/prisma-diff.mjs", "check"], { cwd: root, encoding: "utf8" });
    expect(result.stdout + result.stderr).toContain("schema and migrations agree");
    expect(result.status).toBe(0);
  }, 60_000);

  it("are recorded the way `prisma migrate deploy` expects (name and sha256 checksum)", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await client.end();
    const files = listMigrations() as { name: string; checksum: string }[];
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });
});
