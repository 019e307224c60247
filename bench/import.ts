// Resident register import benchmark (issue 14), in a throwaway embedded PostgreSQL: a 100,000-row
// SIAK-style CSV written to disk, then streamed through the app's own pipeline (stage → validate
// every row → commit in chunks), timed per phase, with peak memory (RSS and heap) sampled all along.
// Target: ≥ 2,000 rows/s for validate + commit, memory bounded (the file is never read whole).
// Run: npm run bench -- import. Env: BENCH_IMPORT_ROWS.
import { register } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
// @ts-expect-error plain ESM helper without types
import { startEmbedded } from "../scripts/lib/embedded-db.mjs";
// @ts-expect-error plain ESM helper without types
import { applyMigrations } from "../scripts/lib/migrate.mjs";

const emptyModule = "data:text/javascript,export%20{}";
register(`data:text/javascript,${encodeURIComponent(`export async function resolve(s, c, n) { return s === "server-only" ? { url: "${emptyModule}", shortCircuit: true } : n(s, c); }`)}`);

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-bench-import-"));
const db = await startEmbedded({ dir: path.join(dir, "pg"), persistent: false });
const url = db.urlFor("bench");
let ok = true;
let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 50);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
try {
  await db.createDatabase("bench");
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`INSERT INTO offices (id, code, slug, name, type, region_code, address, updated_at) VALUES ('bench-office', 'BNC', 'bench', 'Kelurahan Bench', 'KELURAHAN', '00', '-', now())`);
  await client.query(`INSERT INTO users (id, office_id, role, name, email, password_hash, updated_at) VALUES ('staff-1', 'bench-office', 'STAFF', 'Petugas Bench', 'p@bench.local', '-', now())`);
  await client.end();
  process.env.DATABASE_URL = url;

  const { registerHeader, registerRow, toCsv } = await import("../test/support/register-file");
  const file = path.join(dir, "penduduk.csv");
  const out = fs.createWriteStream(file);
  out.write(toCsv([registerHeader]));
  // Two region codes so 100,000 NIKs stay unique (the sequence has 4 digits).
  for (let i = 0; i < ROWS; i++) if (!out.write(toCsv([registerRow(i % 9999, i < 9999 ? "320101" : `3201${String(10 + Math.floor(i / 9999)).padStart(2, "0")}`)]))) await new Promise<void>((r) => out.once("drain", () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  console.log(`file: ${ROWS.toLocaleString("en")} rows, ${mb(fs.statSync(file).size)}`);

  const { stageImport, configureImport, commitImportChunk } = await import("../lib/residents/import/mutations");
  const { readRows } = await import("../lib/residents/import/parse");
  const { matchColumns } = await import("../lib/residents/import/columns");
  const actor = { userId: "staff-1", name: "Petugas Bench", role: "STAFF" as const, officeId: "bench-office", unitIds: [], servicePointIds: [], residentId: null, ip: null, userAgent: null };

  let t = performance.now();
  const staged = await stageImport(actor, "penduduk.csv", readRows(fs.createReadStream(file), "csv"));
  if (!staged.ok) throw new Error(staged.error);
  const stageS = (performance.now() - t) / 1000;
  t = performance.now();
  const configured = await configureImport(actor, staged.importId, 1, matchColumns(registerHeader));
  if (!configured.ok) throw new Error(configured.error);
  const validateS = (performance.now() - t) / 1000;
  t = performance.now();
  for (;;) {
    const step = await commitImportChunk(actor, staged.importId);
    if (!step.ok) throw new Error(step.error);
    if (step.done) break;
  }
  const commitS = (performance.now() - t) / 1000;
  const { db: prisma } = await import("../lib/db");
  const summary = await prisma.residentImport.findUniqueOrThrow({ where: { id: staged.importId } });
  const created = await prisma.residentProfile.count({ where: { officeId: "bench-office" } });
  await prisma.$disconnect();
  const rate = (s: number) => `${Math.round(ROWS / s).toLocaleString("en")} rows/s`;
  console.log(`stage (stream + store): ${stageS.toFixed(1)} s, ${rate(stageS)}`);
  console.log(`validate every row:     ${validateS.toFixed(1)} s, ${rate(validateS)} (errors: ${summary.errorRows})`);
  console.log(`commit in chunks:       ${commitS.toFixed(1)} s, ${rate(commitS)} (residents created: ${created.toLocaleString("en")})`);
  console.log(`validate + commit:      ${rate(validateS + commitS)} (target ≥ 2,000 rows/s)`);
  console.log(`peak memory: RSS ${mb(peakRss)}, heap ${mb(peakHeap)}`);
  if (created !== ROWS || summary.errorRows !== 0) {
    ok = false;
    console.error("✖ not every row was imported");
  }
} catch (error) {
  ok = false;
  console.error(error);
} finally {
  clearInterval(sampler);
  await db.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
