// `npm start` / with-db.mjs against an operator's own database (DATABASE_URL): no demo accounts
// with a public password unless asked for, and no per-instance generated AUTH_SECRET.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const url = process.env.DATABASE_URL!; // this file's fresh, migrated, empty database (db-per-file.ts)

function run(script: string, args: string[], env: Record<string, string | undefined>) {
  const clean = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete clean[k];
  return spawnSync(process.execPath, [path.join(root, script), ...args], { cwd: root, env: clean as NodeJS.ProcessEnv, encoding: "utf8", timeout: 120_000 });
}

async function offices() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT count(*)::int AS n FROM offices")).rows[0].n as number;
  } finally {
    await client.end();
  }
}

describe("starting against DATABASE_URL", () => {
  it("a production start without AUTH_SECRET refuses to run", () => {
    const start = run("scripts/start.mjs", [], { DATABASE_URL: url, AUTH_SECRET: undefined, PORT: "4299" });
    expect(start.status).toBe(1);
    expect(start.stderr).toContain("AUTH_SECRET is not set");
    const withDb = run("scripts/with-db.mjs", [process.execPath, "scripts/serve.mjs"], { DATABASE_URL: url, AUTH_SECRET: undefined });
    expect(withDb.status).toBe(1);
    expect(withDb.stderr).toContain("AUTH_SECRET is not set");
  });

  it("does not load the demo accounts into an empty database unless --seed is given", async () => {
    const plain = run("scripts/with-db.mjs", [process.execPath, "-e", "process.exit(0)"], { DATABASE_URL: url, AUTH_SECRET: "s".repeat(32) });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain("demo data is not loaded");
    expect(await offices()).toBe(0);
  });
});
