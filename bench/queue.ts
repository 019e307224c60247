// Staff queue benchmark: 1,000,000 requests over two offices in a throwaway embedded PostgreSQL.
// Measures the queue's default view and three filtered views through the app's own data function
// (lib/requests/data/staff/queue.ts listQueue: calendar + SLA boundaries + SQL through Prisma + row
// mapping) next to the very same SQL sent raw through `pg`, then exports 100,000 rows through the
// app's CSV and XLSX streams and prints peak memory. Target: app p95 ≤ 2× raw and < 200 ms.
// Run: npm run bench queue (or node --import tsx bench/queue.ts). Env: BENCH_QUEUE_ROWS, BENCH_QUEUE_RUNS.
import { register } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
// @ts-expect-error plain ESM helper without types
import { startEmbedded } from "../scripts/lib/embedded-db.mjs";
// @ts-expect-error plain ESM helper without types
import { applyMigrations } from "../scripts/lib/migrate.mjs";

// The app's data modules start with `import "server-only"`, which throws outside React's server
// runtime: resolve it to an empty module for this process.
const emptyModule = "data:text/javascript,export%20{}";
register(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(s, c, n) { return s === "server-only" ? { url: "${emptyModule}", shortCircuit: true } : n(s, c); }`)}`,
);

const ROWS = Number(process.env.BENCH_QUEUE_ROWS ?? 1_000_000);
// Sub-millisecond to few-millisecond queries: enough samples that p95 is not just the second-worst call.
const RUNS = Number(process.env.BENCH_QUEUE_RUNS ?? 200);
const EXPORT_ROWS = 100_000;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const ms = (n: number) => `${n.toFixed(1)}`.padStart(7);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

const FIRST = ["Siti", "Budi", "Ahmad", "Dewi", "Agus", "Rina", "Hendra", "Yanti", "Bambang", "Sri", "Joko", "Wati", "Eko", "Nur", "Andi", "Ratna", "Dedi", "Lina", "Rudi", "Tuti"];
const LAST = ["Aminah", "Santoso", "Fauzi", "Lestari", "Saputra", "Wijaya", "Sutrisno", "Hidayat", "Rahayu", "Kurniawan", "Susanti", "Pratama", "Setiawan", "Nugroho", "Wulandari", "Siregar", "Harahap", "Purba", "Gunawan", "Maharani"];
const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(",")}]`;

/** Two offices of four units, ten services each; 100k residents; requests spread over three years. */
async function seed(client: pg.Client) {
  await client.query(`SET synchronous_commit = off`);
  await client.query(`INSERT INTO offices (id, code, slug, name, type, region_code, address, updated_at) VALUES
    ('off-a', 'BNA', 'bench-a', 'Kelurahan Bench A', 'KELURAHAN', '00', '-', now()),
    ('off-b', 'BNB', 'bench-b', 'Kelurahan Bench B', 'KELURAHAN', '00', '-', now())`);
  await client.query(`INSERT INTO units (id, office_id, code, name, updated_at)
    SELECT 'u-' || o || '-' || u, 'off-' || o, 'U' || u, 'Unit ' || u, now() FROM unnest(ARRAY['a','b']) o, generate_series(0, 3) u`);
  await client.query(`INSERT INTO services (id, office_id, unit_id, slug, name, summary, procedure, duration_value, duration_unit, product, complaint_info, updated_at)
    SELECT 's-' || o || '-' || s, 'off-' || o, 'u-' || o || '-' || (s % 4), 's' || s, 'Layanan ' || s, '-', '[]', 3 + s % 3, 'WORKING_DAYS', '-', '-', now()
    FROM unnest(ARRAY['a','b']) o, generate_series(0, 9) s`);
  // Two staff per unit and one supervisor per office.
  await client.query(`INSERT INTO users (id, office_id, role, name, email, password_hash, updated_at)
    SELECT 'st-' || o || '-' || u || '-' || k, 'off-' || o, 'STAFF', 'Petugas ' || o || u || k, 'st' || o || u || k || '@bench', 'x', now()
    FROM unnest(ARRAY['a','b']) o, generate_series(0, 3) u, generate_series(0, 1) k`);
  await client.query(`INSERT INTO unit_members (user_id, unit_id) SELECT id, 'u-' || split_part(id, '-', 2) || '-' || split_part(id, '-', 3) FROM users WHERE id LIKE 'st-%'`);
  await client.query(`INSERT INTO users (id, office_id, role, name, email, password_hash, updated_at) VALUES
    ('sup-a', 'off-a', 'SUPERVISOR', 'Lurah A', 'supa@bench', 'x', now()), ('sup-b', 'off-b', 'SUPERVISOR', 'Lurah B', 'supb@bench', 'x', now())`);
  // Staff a-0-0 also works units 1 (like the demo petugas with two units).
  await client.query(`INSERT INTO unit_members (user_id, unit_id) VALUES ('st-a-0-0', 'u-a-1')`);
  await client.query(`INSERT INTO resident_profiles (id, office_id, nik, kk_number, full_name, birth_place, birth_date, sex, address, rt, rw, kelurahan, updated_at)
    SELECT 'p-' || g, CASE WHEN g % 2 = 0 THEN 'off-a' ELSE 'off-b' END, '3201' || lpad(g::text, 12, '0'), '3201' || lpad((g / 3)::text, 12, '0'),
           (${arr(FIRST)})[1 + g % 20] || ' ' || (${arr(LAST)})[1 + (g / 20) % 20] || ' ' || g, 'Bogor', date '1980-01-01' + (g % 9000),
           CASE WHEN g % 2 = 0 THEN 'L'::"Sex" ELSE 'P'::"Sex" END, 'Jl. Bench ' || g, '001', '002', 'Bench', now()
    FROM generate_series(0, 99999) g`);
  // Oldest first, one every ~95 s over three years; the last 30 days are mostly open, older ones
  // mostly finished, with a stale backlog (1 in 200) still open and overdue.
  await client.query(`INSERT INTO service_requests (id, office_id, service_id, unit_id, number, resident_id, channel, status, submitted_at, due_at, paused_at,
      assignee_id, version, created_at, updated_at)
    SELECT 'r' || lpad(g::text, 8, '0'), 'off-' || o, 's-' || o || '-' || s, 'u-' || o || '-' || (s % 4), upper('BN' || o) || '/' || extract(year from t)::int || '/' || lpad(g::text, 7, '0'),
           'p-' || ((g::bigint * 7919) % 50000 * 2 + (CASE WHEN o = 'a' THEN 0 ELSE 1 END)),
           (ARRAY['WEB','WEB','WEB','WEB','WEB','WEB','WEB','LOKET','POS_RW','WHATSAPP'])[1 + g % 10]::"Channel",
           st::"RequestStatus", t, t + interval '5 days', CASE WHEN st = 'NEEDS_CORRECTION' THEN t + interval '1 day' END,
           CASE WHEN st IN ('SUBMITTED') AND g % 3 > 0 THEN NULL ELSE 'st-' || o || '-' || (s % 4) || '-' || (g % 2) END, 0, t, t
    FROM (
      SELECT g, CASE WHEN g % 2 = 0 THEN 'a' ELSE 'b' END AS o, (g / 2) % 10 AS s, t,
             CASE WHEN t > now() - interval '30 days' THEN (ARRAY['SUBMITTED','VERIFIED','NEEDS_CORRECTION','PROCESSING','COMPLETED'])[1 + g % 5]
                  WHEN g % 200 = 0 THEN (ARRAY['SUBMITTED','VERIFIED','PROCESSING'])[1 + (g / 200) % 3]
                  ELSE (ARRAY['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','REJECTED','CANCELLED'])[1 + g % 8] END AS st
      FROM (SELECT g, now() - ((${ROWS} - g) * (94608000.0 / ${ROWS})) * interval '1 second' AS t FROM generate_series(1, ${ROWS}) g) x
    ) y`);
  await client.query(`ANALYZE`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-bench-queue-"));
const server = await startEmbedded({ dir: path.join(dir, "pg"), persistent: false });
const client = new pg.Client({ connectionString: server.urlFor("bench") });
let disconnect = async () => {};
try {
  await server.createDatabase("bench");
  await applyMigrations(server.urlFor("bench"));
  await client.connect();
  let t = performance.now();
  await seed(client);
  console.log(`[bench:queue] seeded ${ROWS.toLocaleString("en")} requests in ${((performance.now() - t) / 1000).toFixed(1)} s (ANALYZE done)`);

  process.env.DATABASE_URL = server.urlFor("bench");
  const { db } = await import("../lib/db");
  disconnect = () => db.$disconnect();
  const { listQueue, officeBoundaries, QUEUE_PAGE_SIZE } = await import("../lib/requests/data/staff/queue");
  const { queuePageSql } = await import("../lib/requests/data/staff/queue-sql");
  const { parseQueueFilters } = await import("../lib/requests/staff-schema");
  const { requestScope: queueScope } = await import("../lib/requests/policy");
  const { csvExportStream, xlsxExportStream } = await import("../lib/requests/export");
  type Actor = import("../lib/auth/types").Actor;

  const actor = (userId: string, role: Actor["role"], unitIds: string[]): Actor => ({ userId, name: userId, role, officeId: "off-a", unitIds, servicePointIds: [], residentId: null, ip: null, userAgent: null });
  const staff = actor("st-a-0-0", "STAFF", ["u-a-0", "u-a-1"]);
  const lurah = actor("sup-a", "SUPERVISOR", []);
  const views: { label: string; who: Actor; params: Record<string, string> }[] = [
    { label: "default: staff, 2 units, open, newest", who: staff, params: {} },
    { label: "staff: SLA overdue", who: staff, params: { sla: "OVERDUE" } },
    { label: "office: needs correction, one service", who: lurah, params: { status: "NEEDS_CORRECTION", service: "s-a-6" } },
    { label: "office: search name 'siti', all statuses", who: lurah, params: { q: "siti", status: "all" } },
  ];

  console.log(`\n${"view".padEnd(42)} ${"rows".padStart(4)}   app p50    p95 │ raw p50    p95 │ p95 ratio`);
  let allOk = true;
  for (const view of views) {
    const filters = parseQueueFilters(view.params);
    const b = await officeBoundaries("off-a");
    const sql = queuePageSql(queueScope(view.who), filters, b, { limit: QUEUE_PAGE_SIZE })!;
    const app = () => listQueue(view.who, filters);
    const raw = () => client.query(sql.text, sql.values as unknown[]);
    const rows = (await app()).rows.length;
    const rawRows = Math.min((await raw()).rowCount ?? 0, QUEUE_PAGE_SIZE);
    if (rows !== rawRows) throw new Error(`${view.label}: app ${rows} rows ≠ raw ${rawRows}`);
    for (let i = 0; i < 20; i++) await Promise.all([app(), raw()]);
    const tApp: number[] = [];
    const tRaw: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const [fn, out] of (i % 2 ? [[raw, tRaw], [app, tApp]] : [[app, tApp], [raw, tRaw]]) as [() => Promise<unknown>, number[]][]) {
        const start = performance.now();
        await fn();
        out.push(performance.now() - start);
      }
    }
    const [a50, a95, r50, r95] = [quantile(tApp, 0.5), quantile(tApp, 0.95), quantile(tRaw, 0.5), quantile(tRaw, 0.95)];
    const ok = a95 <= 2 * r95 && a95 < 200;
    allOk &&= ok;
    console.log(`${view.label.padEnd(42)} ${String(rows).padStart(4)} ${ms(a50)} ${ms(a95)} │ ${ms(r50)} ${ms(r95)} │ ${(a95 / r95).toFixed(2)}× ${ok ? "OK" : "OVER TARGET"}`);
  }
  console.log(`(milliseconds, ${RUNS} calls each; target app p95 ≤ 2× raw p95 and < 200 ms: ${allOk ? "met" : "NOT met"})`);
  // BENCH_QUEUE_EXPLAIN=1: plans and timings of the other filters too (to check the indexes serve them).
  if (process.env.BENCH_QUEUE_EXPLAIN) {
    const b = await officeBoundaries("off-a");
    const extra: [string, Actor, Record<string, string>][] = [
      ...views.map((v) => [v.label, v.who, v.params] as [string, Actor, Record<string, string>]),
      ["office: default", lurah, {}],
      ["office: overdue", lurah, { sla: "OVERDUE" }],
      ["office: due soon, nearest first", lurah, { sla: "DUE_SOON", sort: "due_asc" }],
      ["office: paused", lurah, { sla: "PAUSED" }],
      ["office: on track", lurah, { sla: "ON_TRACK" }],
      ["office: open, nearest due first", lurah, { sort: "due_asc" }],
      ["office: unassigned", lurah, { assignee: "unassigned" }],
      ["staff: assigned to me, nearest due", staff, { assignee: "me", sort: "due_asc" }],
      ["office: channel POS_RW, all statuses", lurah, { channel: "POS_RW", status: "all" }],
      ["office: one service, all statuses", lurah, { service: "s-a-3", status: "all" }],
      ["office: one unit, completed", lurah, { unit: "u-a-2", status: "COMPLETED" }],
      ["office: period (one month), all", lurah, { status: "all", from: "2025-03-01", to: "2025-03-31" }],
      ["office: oldest first, all", lurah, { status: "all", sort: "submitted_asc" }],
      ["office: NIK search", lurah, { q: "3201000000001234", status: "all" }],
      ["office: number search", lurah, { q: "BNA/2025/0500000", status: "all" }],
    ];
    for (const [label, who, params] of extra) {
      const sql = queuePageSql(queueScope(who), parseQueueFilters(params), b, { limit: QUEUE_PAGE_SIZE })!;
      const { rows } = await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sql.text}`, sql.values as unknown[]);
      const lines = rows.map((r) => r["QUERY PLAN"] as string);
      const indexes = [...new Set(lines.flatMap((l) => [...l.matchAll(/using (\S+)/gi)].map((m) => m[1])))];
      const time = lines.find((l) => l.startsWith("Execution Time"));
      console.log(`${label.padEnd(42)} ${time?.replace("Execution Time: ", "").padStart(10)}  ${indexes.join(", ") || lines[0]}`);
      if (process.env.BENCH_QUEUE_EXPLAIN === "full") console.log(lines.join("\n"));
    }
  }

  // Export: the newest ~100k requests of office A, all statuses, through the real streams.
  const { rows: edge } = await client.query(`SELECT submitted_at + interval '7 hours' AS d FROM service_requests WHERE office_id = 'off-a' ORDER BY submitted_at DESC OFFSET ${EXPORT_ROWS - 1} LIMIT 1`);
  const from = edge[0] ? new Date(edge[0].d).toISOString().slice(0, 10) : "2000-01-01";
  const exportFilters = parseQueueFilters({ status: "all", from });
  const labels = { headers: ["Nomor", "Layanan", "Pemohon", "NIK", "Kanal", "Diajukan", "Tenggat", "SLA", "Petugas", "Status"], status: (s: string) => s, channel: (c: string) => c, sla: (s: string | null) => s ?? "" };
  for (const [name, make] of [["CSV", csvExportStream], ["XLSX", xlsxExportStream]] as const) {
    globalThis.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 10);
    t = performance.now();
    let bytes = 0;
    let lines = 0;
    const reader = make(lurah, exportFilters, labels).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (name === "CSV") for (const byte of value) if (byte === 10) lines++;
    }
    clearInterval(sampler);
    const seconds = (performance.now() - t) / 1000;
    console.log(
      `export ${name.padEnd(4)} from ${from}: ${name === "CSV" ? `${(lines - 1).toLocaleString("en")} rows, ` : ""}${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s; ` +
        `RSS ${mb(before.rss)} → peak ${mb(peakRss)}, heap used ${mb(before.heapUsed)} → peak ${mb(peakHeap)}`,
    );
  }
  // Bounded, not just lazily collected: the heap still live after a full GC, sampled every ~10,000
  // rows while each format is written again.
  const v8 = await import("node:v8");
  const vm = await import("node:vm");
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  for (const [name, make] of [["CSV", csvExportStream], ["XLSX", xlsxExportStream]] as const) {
    const live: number[] = [];
    let chunks = 0;
    const reader = make(lurah, exportFilters, labels).getReader();
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
      if (++chunks % (name === "CSV" ? 10 : 40) === 0) {
        gc();
        live.push(process.memoryUsage().heapUsed);
      }
    }
    console.log(`live heap after GC while writing ${name.padEnd(4)}: ${live.map((n) => (n / 1024 / 1024).toFixed(0)).join(" ")} MB`);
  }
  console.log(`process max RSS over the whole run: ${mb(process.resourceUsage().maxRSS * 1024)}`);
} finally {
  await client.end().catch(() => {});
  await disconnect().catch(() => {});
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
