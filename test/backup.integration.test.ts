// Round trip of `npm run db:backup` and `npm run db:restore`: the demo data plus uploaded files,
// backed up while rows are being written, restored into a fresh data folder; row counts of every
// table and the SHA-256 of every file must match the source at the snapshot.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { seedBase } from "@/prisma/seed/base";
import { seedClient } from "@/prisma/seed/client";
// @ts-expect-error plain ESM helper without types
import { startEmbedded } from "../scripts/lib/embedded-db.mjs";
// @ts-expect-error plain ESM helper without types
import { hashTree, rowCounts } from "../scripts/lib/backup.mjs";

const root = path.resolve(import.meta.dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "lw-backup-test-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function node(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, script), ...args], { cwd: root, env: { ...process.env, ...env } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("backup and restore", () => {
  it("round-trips every table's rows and every uploaded file, taken while rows are written", async () => {
    const url = process.env.DATABASE_URL!;
    const client = seedClient();
    await seedBase(client);
    await client.$disconnect();
    const uploads = path.join(work, "uploads");
    for (let n = 0; n < 5; n++) {
      fs.mkdirSync(path.join(uploads, `office-${n % 2}`), { recursive: true });
      fs.writeFileSync(path.join(uploads, `office-${n % 2}`, `file-${n}.bin`), crypto.randomBytes(10_000 + n));
    }

    // Writes keep arriving during the backup; the archive is one snapshot of them.
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    let writing = true;
    let written = 0;
    const writes = (async () => {
      while (writing) {
        await writer.query("INSERT INTO audit_events (action, target_type, target_id) VALUES ('test.backup', 'x', $1)", [String(written++)]);
      }
    })();
    const file = path.join(work, "backup.tar.gz");
    const backedUp = await node("scripts/db-backup.mjs", [file], { DATABASE_URL: url, UPLOAD_DIR: uploads });
    writing = false;
    await writes;
    await writer.end();
    expect(backedUp.code, backedUp.out).toBe(0);
    expect(written).toBeGreaterThan(0);

    const manifest = JSON.parse(
      await new Promise<string>((resolve, reject) => {
        const tar = spawn("tar", ["-xzOf", file, "manifest.json"]);
        let text = "";
        tar.stdout.on("data", (d) => (text += d));
        tar.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error("tar failed"))));
      }),
    ) as { tables: { name: string; rows: number }[]; uploads: Record<string, string> };
    const source = await rowCounts(url);
    const archived = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    // Every table but the one being written matches the source exactly; that one holds a prefix.
    for (const [table, n] of Object.entries(source)) if (table !== "audit_events") expect(archived[table], table).toBe(n);
    expect(archived.audit_events).toBeLessThanOrEqual(source.audit_events);
    expect(archived.users).toBeGreaterThan(5);
    expect(manifest.uploads).toEqual(await hashTree(uploads));

    const target = path.join(work, "restored");
    const restored = await node("scripts/db-restore.mjs", [file, target], {});
    expect(restored.code, restored.out).toBe(0);
    expect(await node("scripts/db-restore.mjs", [file, target], {})).toMatchObject({ code: 1 }); // never over an existing database

    const db = await startEmbedded({ dir: path.join(target, "pg"), port: 0 });
    try {
      const counts = await rowCounts(db.urlFor("layanan_warga"));
      expect(counts).toEqual({ ...archived, _prisma_migrations: counts._prisma_migrations });
      // The restored database accepts new rows after the restored ids.
      const check = new pg.Client({ connectionString: db.urlFor("layanan_warga") });
      await check.connect();
      await check.query("INSERT INTO audit_events (action, target_type, target_id) VALUES ('after.restore', 'x', 'y')");
      await check.end();
    } finally {
      await db.stop();
    }
    expect(await hashTree(path.join(target, "uploads"))).toEqual(manifest.uploads);
  }, 240_000);
});
