// IKM benchmark: 1,000,000 survey responses in a throwaway embedded PostgreSQL; measures the app's
// IKM computation (lib/survey/data/aggregate.ts through Prisma, then the pure exact arithmetic) for a
// year and for a quarter filtered by service, next to the very same SQL sent raw through `pg`.
// Target: p50 and p95 of the app ≤ 1.2 × the raw SQL. Run: npm run bench (or node --import tsx bench/ikm.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { aggregateSql, ikmForScope, toAggregates, type AggregateRow, type ResponseScope } from "../lib/survey/data/aggregate";
import { computeIkm } from "../lib/survey/ikm";
import { parsePeriod, periodBounds } from "../lib/dashboard/period";
// @ts-expect-error plain ESM helper without types
import { startEmbedded } from "../scripts/lib/embedded-db.mjs";
// @ts-expect-error plain ESM helper without types
import { applyMigrations } from "../scripts/lib/migrate.mjs";

const ROWS = Number(process.env.BENCH_IKM_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_IKM_RUNS ?? 25);
const TARGET = 1.2;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function seed(client: pg.Client) {
  await client.query(`SET synchronous_commit = off`);
  await client.query(`INSERT INTO offices (id, code, slug, name, type, region_code, address, updated_at)
    VALUES ('bench-office', 'BNC', 'bench', 'Kelurahan Bench', 'KELURAHAN', '00', '-', now()),
           ('bench-other', 'BNO', 'bench-other', 'Kelurahan Lain', 'KELURAHAN', '00', '-', now())`);
  await client.query(`INSERT INTO units (id, office_id, code, name, updated_at)
    SELECT 'unit-' || u, 'bench-office', 'U' || u, 'Unit ' || u, now() FROM generate_series(1, 4) u`);
  await client.query(`INSERT INTO services (id, office_id, unit_id, slug, name, summary, procedure, duration_value, duration_unit, product, complaint_info, updated_at)
    SELECT 'svc-' || s, 'bench-office', 'unit-' || (1 + s % 4), 'svc-' || s, 'Layanan ' || s, '-', '[]', 3, 'WORKING_DAYS', '-', '-', now()
    FROM generate_series(1, 8) s`);
  // Two years of responses (Jul 2024 – Jun 2026) for the measured office; every 10th goes to another
  // office so the office filter does real work. About 3% of answers are "tidak menjawab" (NULL).
  await client.query(`INSERT INTO survey_invitations (id, office_id, service_id, token, used_at, created_at)
    SELECT 'inv-' || g, CASE WHEN g % 10 = 0 THEN 'bench-other' ELSE 'bench-office' END, 'svc-' || (1 + g % 8), 'tok-' || g,
           now(), now()
    FROM generate_series(1, ${ROWS}) g`);
  const score = (k: number, p: number) => `CASE WHEN (g * ${p} + ${k}) % 33 = 0 THEN NULL ELSE 1 + ((g * ${p} + g / 7) % 4) END`;
  await client.query(`INSERT INTO survey_responses (id, office_id, service_id, unit_id, invitation_id, sex, age_band, education, occupation,
      u1, u2, u3, u4, u5, u6, u7, u8, u9, submitted_at)
    SELECT 'res-' || g, CASE WHEN g % 10 = 0 THEN 'bench-other' ELSE 'bench-office' END, 'svc-' || (1 + g % 8), 'unit-' || (1 + (1 + g % 8) % 4),
           'inv-' || g, CASE WHEN g % 2 = 0 THEN 'L'::"Sex" ELSE 'P'::"Sex" END, '30_39', 'SMA', 'SWASTA',
           ${[3, 5, 7, 11, 13, 17, 19, 23, 29].map((p, k) => score(k, p)).join(", ")},
           timestamp '2024-06-30 17:00' + ((g::bigint * 7919) % (730 * 24 * 60)) * interval '1 minute'
    FROM generate_series(1, ${ROWS}) g`);
  await client.query(`ANALYZE`);
}

async function measure(label: string, scope: ResponseScope, prisma: PrismaClient, client: pg.Client) {
  const sql = aggregateSql(scope);
  const values = sql.values.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "") : v));
  const raw = async () => (await client.query(sql.text, values)).rows[0];
  const app = () => ikmForScope(prisma, scope);
  // Same numbers both ways, or the comparison means nothing.
  const viaApp = await app();
  const viaRaw = computeIkm(toAggregates(Object.fromEntries(Object.entries(await raw()).map(([k, v]) => [k, BigInt(v as string)])) as AggregateRow));
  if (viaApp.ikm !== viaRaw.ikm) throw new Error(`${label}: app ${viaApp.ikm} ≠ raw ${viaRaw.ikm}`);
  for (let i = 0; i < 3; i++) await Promise.all([app(), raw()].map((p) => p)); // warm-up
  const tApp: number[] = [];
  const tRaw: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order so neither side always runs on a warmer cache.
    for (const [fn, out] of (i % 2 ? [[raw, tRaw], [app, tApp]] : [[app, tApp], [raw, tRaw]]) as [() => Promise<unknown>, number[]][]) {
      const t = performance.now();
      await fn();
      out.push(performance.now() - t);
    }
  }
  const [a50, a95, r50, r95] = [quantile(tApp, 0.5), quantile(tApp, 0.95), quantile(tRaw, 0.5), quantile(tRaw, 0.95)];
  const ok = a50 <= TARGET * r50 && a95 <= TARGET * r95;
  console.log(
    `${label.padEnd(34)} respondents ${String(viaApp.respondents).padStart(7)}  IKM ${viaApp.ikm}  ` +
      `app p50 ${ms(a50)} p95 ${ms(a95)} | raw SQL p50 ${ms(r50)} p95 ${ms(r95)} | ratio p50 ${(a50 / r50).toFixed(2)}× p95 ${(a95 / r95).toFixed(2)}×  ${ok ? "OK" : "OVER TARGET"}`,
  );
  return ok;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-bench-ikm-"));
const db = await startEmbedded({ dir: path.join(dir, "pg"), persistent: false });
let prisma: PrismaClient | null = null;
const client = new pg.Client({ connectionString: db.urlFor("bench") });
let allOk = false;
try {
  await db.createDatabase("bench");
  await applyMigrations(db.urlFor("bench"));
  await client.connect();
  let t = performance.now();
  await seed(client);
  console.log(`[bench:ikm] seeded ${ROWS.toLocaleString("en")} survey responses in ${((performance.now() - t) / 1000).toFixed(1)} s (ANALYZE done)`);
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.urlFor("bench") }) });
  t = performance.now();
  const year = await measure("year 2025, all services", { officeId: "bench-office", ...periodBounds(parsePeriod("2025")!) }, prisma, client);
  const quarter = await measure("2025-Q3, one service", { officeId: "bench-office", serviceId: "svc-3", ...periodBounds(parsePeriod("2025-Q3")!) }, prisma, client);
  allOk = year && quarter;
  console.log(`[bench:ikm] ${RUNS} runs each; target app ≤ ${TARGET}× raw SQL (p50 and p95): ${allOk ? "met" : "NOT met"}`);
} finally {
  await client.end().catch(() => {});
  await prisma?.$disconnect();
  await db.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
