// Antrian benchmark in a throwaway embedded PostgreSQL, through the app's own domain functions
// (lib/antrian/mutations) on one app instance's Prisma pool (DATABASE_POOL_SIZE, default 10):
//  1. the 07:00 rush: 500 residents book the same 50 places within the same second (arrivals spread
//     evenly over BENCH_ANTRIAN_RUSH_MS = 1000 ms; 0 = all at once) → booking p50/p95
//     and the count made (must be exactly 50; the slot and day counters are checked too); run twice,
//     in the fresh process right after the warm-up a started app runs (lib/antrian/mutations/warmup.ts, from
//     instrumentation.ts; BENCH_ANTRIAN_WARMUP=off for a cold process as before that warm-up existed)
//     and once it is warm (pool open, a few thousand queries run), with the
//     process's CPU during each rush and the time the last place went, to show where the time goes,
//     and a third time (warm) with the booking action's own look-ups first (the caller, the rate limit);
//  2. call-next: 5 lokets call → finish in a loop over a 5,000-number day → call-next p50/p95.
// Targets: booking p95 ≤ 300 ms, call-next p95 ≤ 50 ms, zero overbooking.
// First (0.), the same rush against the running app: the production server of the last `next build` (scripts/serve.mjs,
// started on this database and warmed up as `npm start` is, its booking waiting room included; BENCH_PORT, default 4302),
// each resident's phone POSTing what the booking form sends to /api/antrian/pesan/… with a session cookie
// (skipped without a build, or with BENCH_ANTRIAN_HTTP=off). BENCH_SERVER_NODE_ARGS adds node flags to that server.
// The in-process rushes after it leave out HTTP, decoding the session cookie and revalidation (the third adds the action's look-ups).
// Run: npm run bench -- antrian. Env: BENCH_ANTRIAN_CLIENTS (500), BENCH_ANTRIAN_PLACES (50), BENCH_ANTRIAN_NUMBERS (5000).
import { spawn } from "node:child_process";
import { register } from "node:module";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
// @ts-expect-error plain ESM helper without types
import { startEmbedded } from "../scripts/lib/embedded-db.mjs";
// @ts-expect-error plain ESM helper without types
import { applyMigrations } from "../scripts/lib/migrate.mjs";

const emptyModule = "data:text/javascript,export%20{}";
register(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(s, c, n) { return s === "server-only" ? { url: "${emptyModule}", shortCircuit: true } : n(s, c); }`)}`,
);

const CLIENTS = Number(process.env.BENCH_ANTRIAN_CLIENTS ?? 500);
const PLACES = Number(process.env.BENCH_ANTRIAN_PLACES ?? 50);
const NUMBERS = Number(process.env.BENCH_ANTRIAN_NUMBERS ?? 5000);
const LOKETS = 5;
const RUSH_MS = Number(process.env.BENCH_ANTRIAN_RUSH_MS ?? 1000); // "500 clients in the same second"

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const f = (n: number) => n.toFixed(1);

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 4302);

/** CPU time (ms) used so far by the processes whose command name is `name` (or by `pid`), from /proc. */
function cpuMs(match: { pid?: number; name?: string }): number {
  const tick = 10; // USER_HZ = 100 on Linux
  let total = 0;
  for (const entry of match.pid ? [String(match.pid)] : fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (match.name && comm !== match.name) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * tick; // utime, stime
    } catch {
      /* the process ended */
    }
  }
  return total;
}

/** One phone's POST of the booking form: its own connection, the JSON the form sends. */
function post(pathname: string, cookie: string): Promise<{ status: number; body: string; gate: string | null }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: pathname, method: "POST", agent: false,
        headers: { "content-type": "application/json", "content-length": 2, origin: `http://127.0.0.1:${port}`, cookie, "accept-language": "id" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, gate: (res.headers["x-booking-gate"] as string | undefined) ?? null }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end("{}");
  });
}

async function httpRush(databaseUrl: string, today: string): Promise<boolean> {
  const secret = "bench-secret-bench-secret-bench-secret";
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []), path.join(root, "scripts/serve.mjs")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: secret, PORT: String(port), NODE_ENV: "production", NOTIFY_WORKER: "off", UPLOAD_DIR: path.join(dir, "uploads") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let warmLine = "";
  app.stdout.on("data", (b: Buffer) => {
    const line = b.toString().split("\n").find((l) => l.includes("warm-up"));
    if (line) warmLine = line.trim();
  });
  try {
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error("the app did not start");
      if (app.exitCode !== null) throw new Error(`the app exited (${app.exitCode})`);
      const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (up && warmLine) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`[bench:antrian] app started on :${port}: ${warmLine.replace("[layanan-warga] ", "")}`);
    const cookieName = "authjs.session-token";
    const cookies = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) =>
        `${cookieName}=${await encode({ token: { sub: `u${i + 1}`, role: "RESIDENT", officeId: "off", name: `Warga ${i + 1}`, authTime: Date.now() }, secret, salt: cookieName, maxAge: 8 * 3600 })}`),
    );
    // What the booking form sends (components/antrian/book-form.tsx): the slot in the path, JSON body.
    // node:http, one connection per phone: the load generator shares this machine's two cores with the
    // app and PostgreSQL, and fetch (undici) cost it several times the CPU per request (printed below).
    const book = (i: number) => post(`/api/antrian/pesan/qh/${today}/00%3A00`, cookies[i]);
    const probe = await book(0); // one resident books before the clock starts: the answer's shape, and the app's action path warm once
    if (probe.status !== 200 || !probe.body.includes('"ok":true')) throw new Error(`the booking action answered ${probe.status}: ${probe.body.slice(0, 300)}`);
    const times: number[] = [];
    const answers = { ok: 1, full: 0, other: 0, byGate: 0 };
    const marks = { lastMade: 0, firstFull: 0, firstFullSent: 0 }; // ms after the clock started: when the last place went, when "kuota penuh" was first answered
    const others: string[] = [];
    const started = performance.now();
    const clientCpu = process.cpuUsage();
    const serverCpu = [cpuMs({ pid: app.pid }), cpuMs({ name: "postgres" })];
    await Promise.all(
      Array.from({ length: CLIENTS - 1 }, async (_, k) => {
        const i = k + 1;
        await new Promise((resolve) => setTimeout(resolve, (i * RUSH_MS) / CLIENTS));
        const t = performance.now();
        const r = await book(i).catch((e: unknown) => ({ status: 0, body: String(e), gate: null }));
        if (r.gate === "full") answers.byGate++;
        times.push(performance.now() - t);
        const at = performance.now() - started;
        if (r.status === 200 && r.body.includes('"ok":true')) {
          answers.ok++;
          marks.lastMade = Math.max(marks.lastMade, at);
        } else if (r.status === 409 && r.body.includes("quota_full")) {
          answers.full++;
          if (!marks.firstFull || at < marks.firstFull) [marks.firstFull, marks.firstFullSent] = [at, t - started];
        }
        else {
          answers.other++;
          others.push(`${r.status} ${r.body.slice(0, 160)}`);
        }
      }),
    );
    const wall = performance.now() - started;
    const used = process.cpuUsage(clientCpu);
    const [appCpu, pgCpu] = [cpuMs({ pid: app.pid }) - serverCpu[0], cpuMs({ name: "postgres" }) - serverCpu[1]];
    const c = await client.query(`SELECT (SELECT booked FROM queue_slots WHERE queue_service_id = 'qh') AS slot, (SELECT booked FROM queue_days WHERE queue_service_id = 'qh') AS day,
      (SELECT count(*) FROM queue_tickets WHERE queue_service_id = 'qh') AS tickets`);
    console.log(`[bench:antrian] rush over HTTP (running app, POST /api/antrian/pesan/…): ${CLIENTS} clients for ${PLACES} places in ${f(wall)} ms — made ${answers.ok}, "kuota penuh" ${answers.full} (${answers.byGate} of them from the waiting room without entering the app), other ${answers.other}${others[0] ? ` (first: ${others[0]})` : ""}`);
    console.log(`[bench:antrian] CPU during the rush (two cores: ${f(2 * wall)} ms in all): the app ${appCpu} ms, PostgreSQL ${pgCpu} ms, the ${CLIENTS} phones (this process, node:http) ${f((used.user + used.system) / 1000)} ms`);
    console.log(`[bench:antrian] over HTTP the last place was sold (answered) at ${f(marks.lastMade)} ms; the first "kuota penuh" was answered at ${f(marks.firstFull)} ms (sent at ${f(marks.firstFullSent)} ms)`);
    console.log(`[bench:antrian] booking latency over HTTP p50 ${f(quantile(times, 0.5))} ms, p95 ${f(quantile(times, 0.95))} ms, max ${f(Math.max(...times))} ms (target p95 ≤ 300 ms; the first resident booked before the clock)`);
    // Where the time goes: one refusal over HTTP with the app otherwise idle (× 500 ≈ the CPU the rush needs).
    // Alone, one at a time: a refusal by the app (the waiting room told to forget the slot before each,
    // as if a place had come back) and a booking made (service "qs", room for all).
    const forget = () => client.query("SELECT pg_notify('antrian_room', '')").then(() => new Promise((res) => setTimeout(res, 30)));
    const alone: number[] = [];
    const made: number[] = [];
    for (let k = 0; k < 30; k++) {
      await forget();
      let t = performance.now();
      const r = await book(k + 1);
      alone.push(performance.now() - t);
      if (r.gate || r.status !== 409) throw new Error(`expected the app's own refusal, got ${r.status} ${r.gate ?? ""}`);
      t = performance.now();
      const m = (await post(`/api/antrian/pesan/qs/${today}/00%3A00`, cookies[k + 1])).body;
      made.push(performance.now() - t);
      if (!m.includes('"ok":true')) throw new Error(`expected a booking, got ${m.slice(0, 200)}`);
    }
    const health: number[] = [];
    for (let k = 0; k < 30; k++) {
      const t = performance.now();
      await fetch(`${base}/api/health`).then((r) => r.text());
      health.push(performance.now() - t);
    }
    console.log(`[bench:antrian] then alone: one booking refused by the app over HTTP p50 ${f(quantile(alone, 0.5))} ms, min ${f(Math.min(...alone))} ms; one booking made p50 ${f(quantile(made, 0.5))} ms, min ${f(Math.min(...made))} ms; GET /api/health p50 ${f(quantile(health, 0.5))} ms`);
    console.log(`[bench:antrian] counters after the HTTP rush: slot ${c.rows[0].slot}, day ${c.rows[0].day}, tickets ${c.rows[0].tickets} (must all be ${PLACES})`);
    return answers.ok !== PLACES || Number(c.rows[0].tickets) !== PLACES || Number(c.rows[0].slot) !== PLACES || Number(c.rows[0].day) !== PLACES;
  } finally {
    if (app.exitCode === null) {
      const exited = new Promise((r) => app.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-bench-antrian-"));
const server = await startEmbedded({ dir: path.join(dir, "pg"), persistent: false });
const client = new pg.Client({ connectionString: server.urlFor("bench") });
let disconnect = async () => {};
try {
  await server.createDatabase("bench");
  await applyMigrations(server.urlFor("bench"));
  await client.connect();
  const { jakartaDateKey } = await import("../lib/calendar/working-days");
  const today = jakartaDateKey(new Date());
  await client.query(`INSERT INTO offices (id, code, slug, name, type, region_code, address, updated_at) VALUES ('off', 'BNA', 'bench', 'Kelurahan Bench', 'KELURAHAN', '00', '-', now())`);
  await client.query(`INSERT INTO service_points (id, office_id, name, kind, updated_at) VALUES ('sp', 'off', 'Loket', 'LOKET', now())`);
  await client.query(`INSERT INTO queue_services (id, office_id, prefix, name, updated_at) VALUES ('qa', 'off', 'A', 'Umum', now()), ('qb', 'off', 'B', 'Umum 2', now()), ('qc', 'off', 'C', 'Umum 3', now()), ('qw', 'off', 'W', 'Walk-in', now()), ('qh', 'off', 'H', 'Umum HTTP', now()), ('qs', 'off', 'S', 'Umum satu per satu', now())`);
  // One all-day slot holding every place, so the whole rush contends for one counter row.
  await client.query(`INSERT INTO queue_schedules (id, office_id, queue_service_id, service_point_id, weekdays, start_time, end_time, slot_minutes, quota_per_slot, quota_per_day, updated_at)
    VALUES ('sch', 'off', 'qa', 'sp', '{1,2,3,4,5,6,7}', '00:00', '23:59', 1439, $1, $1, now()), ('schb', 'off', 'qb', 'sp', '{1,2,3,4,5,6,7}', '00:00', '23:59', 1439, $1, $1, now()),
      ('schc', 'off', 'qc', 'sp', '{1,2,3,4,5,6,7}', '00:00', '23:59', 1439, $1, $1, now()), ('schh', 'off', 'qh', 'sp', '{1,2,3,4,5,6,7}', '00:00', '23:59', 1439, $1, $1, now()),
      ('schs', 'off', 'qs', 'sp', '{1,2,3,4,5,6,7}', '00:00', '23:59', 1439, 1000, 1000, now())`, [PLACES]);
  await client.query(`INSERT INTO queue_counters (id, office_id, service_point_id, number, updated_at) SELECT 'c' || n, 'off', 'sp', n, now() FROM generate_series(1, ${LOKETS}) n`);
  await client.query(`INSERT INTO users (id, office_id, role, name, password_hash, updated_at) SELECT 'u' || n, 'off', 'RESIDENT', 'Warga ' || n, 'x', now() FROM generate_series(1, $1) n`, [CLIENTS]);
  await client.query(`INSERT INTO resident_profiles (id, user_id, office_id, nik, kk_number, full_name, birth_place, birth_date, sex, address, rt, rw, kelurahan, updated_at)
    SELECT 'p' || n, 'u' || n, 'off', '32' || lpad(n::text, 14, '0'), '1', 'Warga ' || n, '-', '1990-01-01', 'L', '-', '1', '1', '-', now() FROM generate_series(1, $1) n`, [CLIENTS]);
  await client.query(`INSERT INTO users (id, office_id, role, name, password_hash, updated_at) VALUES ('staff', 'off', 'STAFF', 'Petugas', 'x', now())`);

  // 0. Against the running app, as the issue measures it: the production server of the last
  // `next build` (scripts/serve.mjs) on this database, started and warmed up as `npm start` does, and
  // 500 residents' phones POSTing to the booking route over HTTP with their session cookies.
  const httpOversold = fs.existsSync(path.join(root, ".next/BUILD_ID")) && process.env.BENCH_ANTRIAN_HTTP !== "off" ? await httpRush(server.urlFor("bench"), today) : (console.log("[bench:antrian] no production build (run `npx next build`): the rush over HTTP is skipped"), false);

  process.env.DATABASE_URL = server.urlFor("bench");
  const { db } = await import("../lib/db");
  disconnect = () => db.$disconnect();
  const { bookTicket } = await import("../lib/antrian/mutations/booking");
  const { loadActor } = await import("../lib/auth/actor");
  const { consumeRateLimit } = await import("../lib/rate-limit/mutations");
  const { callNext, counterStep } = await import("../lib/antrian/mutations/counter");
  type Actor = import("../lib/auth/types").Actor;
  const resident = (n: number): Actor => ({ userId: `u${n}`, name: "", role: "RESIDENT", officeId: "off", unitIds: [], servicePointIds: [], residentId: `p${n}`, ip: null, userAgent: null });
  const staff: Actor = { userId: "staff", name: "", role: "STAFF", officeId: "off", unitIds: [], servicePointIds: ["sp"], residentId: null, ip: null, userAgent: null };
  if (process.env.BENCH_ANTRIAN_WARMUP === "off") await db.$queryRaw`SELECT 1`; // one connection open, nothing else warm
  else {
    // What a started app has done before its first request (instrumentation.ts → lib/antrian/mutations/warmup.ts).
    const { warmUp } = await import("../lib/antrian/mutations/warmup");
    const w = await warmUp({ log: () => {} });
    console.log(`[bench:antrian] start-up warm-up as the app runs it: ${w.ok ? `${w.connections} connections, ${w.calls} queries` : `failed: ${w.error}`} in ${w.ms} ms`);
  }

  // 1. The rush, twice: on service qa in this fresh process (right after the start-up warm-up: the
  // first bookings it ever runs), then on service qb, same residents and places, once the
  // process and the pool are warm, as an instance that has served the morning's page views is.
  const { readBookingContext } = await import("../lib/antrian/mutations/booking-sql");
  const day = new Date(`${today}T00:00:00Z`);
  const slotStartsAt = new Date(`${today}T00:00:00+07:00`);
  const serial = async (fn: () => Promise<unknown>) => {
    const xs: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await fn();
      xs.push(performance.now() - t);
    }
    return quantile(xs, 0.5);
  };
  const rush = async (queueServiceId: string, label: string, lookups = false) => {
    const times: number[] = [];
    const soldAt: number[] = [];
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * RUSH_MS) / CLIENTS)); // arrivals spread over the opening second
        const t = performance.now();
        if (lookups) {
          // What the booking action asks before it books (lib/action): the caller, fresh, and the rate limit.
          await loadActor(`u${i + 1}`, { authTime: Date.now() });
          await consumeRateLimit(`queue-book:user:u${i + 1}`, 20, 60);
        }
        const r = await bookTicket(resident(i + 1), { queueServiceId, day: today, start: "00:00" });
        times.push(performance.now() - t);
        if (r.ok) soldAt.push(performance.now() - started);
        return r;
      }),
    );
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const made = results.filter((r) => r.ok).length;
    const refused = results.filter((r) => !r.ok && r.error === "quota_full").length;
    const counters = await client.query(`SELECT (SELECT booked FROM queue_slots WHERE queue_service_id = $1) AS slot, (SELECT booked FROM queue_days WHERE queue_service_id = $1) AS day,
      (SELECT count(*) FROM queue_tickets WHERE queue_service_id = $1) AS tickets`, [queueServiceId]);
    console.log(`[bench:antrian] rush (${label}): ${CLIENTS} clients for ${PLACES} places in ${f(wall)} ms — made ${made}, "kuota penuh" ${refused}, other ${CLIENTS - made - refused}`);
    console.log(`[bench:antrian] booking latency (${label}) p50 ${f(quantile(times, 0.5))} ms, p95 ${f(quantile(times, 0.95))} ms, max ${f(Math.max(...times))} ms (target p95 ≤ 300 ms)`);
    console.log(`[bench:antrian] counters after the rush: slot ${counters.rows[0].slot}, day ${counters.rows[0].day}, tickets ${counters.rows[0].tickets} (must all be ${PLACES})`);
    // Where the time goes: this process's CPU during the rush (PostgreSQL has the rest of the cores),
    // when the last place went, and one refusal's read with the pool idle next to a bare SELECT 1.
    const readP50 = await serial(() => readBookingContext({ queueServiceId, day, slotStartsAt, residentId: "p1", activeKey: `p1:${queueServiceId}:${today}`, requestId: null, now: new Date() }));
    const floorP50 = await serial(() => db.$queryRaw`SELECT 1`);
    console.log(`[bench:antrian] rush (${label}): CPU of this process ${f((cpu.user + cpu.system) / 1000)} ms in ${f(wall)} ms, last place sold at ${f(Math.max(...soldAt))} ms; then alone: one refusal's read p50 ${f(readP50)} ms, SELECT 1 p50 ${f(floorP50)} ms`);
    return made !== PLACES || Number(counters.rows[0].tickets) !== PLACES || Number(counters.rows[0].slot) !== PLACES;
  };
  const oversoldCold = await rush("qa", process.env.BENCH_ANTRIAN_WARMUP === "off" ? "fresh process, no warm-up" : "fresh process after the start-up warm-up");
  // Warm up as the morning's traffic would: the whole pool open, a few thousand queries run.
  await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`SELECT pg_sleep(0.05)::text`));
  for (let i = 0; i < 2000; i++) await readBookingContext({ queueServiceId: "qb", day, slotStartsAt, residentId: `p${(i % CLIENTS) + 1}`, activeKey: `p${(i % CLIENTS) + 1}:qb:${today}`, requestId: null, now: new Date() });
  const oversoldWarm = await rush("qb", "warm process");
  const oversold = httpOversold || (await rush("qc", "warm, with the action's look-ups", true)) || oversoldWarm || oversoldCold;

  // 2. A 5,000-number day, 5 lokets calling and finishing in a loop.
  await client.query(`INSERT INTO queue_tickets (id, office_id, queue_service_id, day, seq, number, code, kind, status, priority, queued_at, checked_in_at, recalls, created_at, updated_at)
    SELECT 'w' || n, 'off', 'qw', $1::date, n, 'W-' || lpad(n::text, 4, '0'), 'W' || lpad(n::text, 7, '0'), 'WALK_IN', 'WAITING',
      CASE WHEN n % 20 = 0 THEN 'LANSIA'::"QueuePriority" ELSE 'NONE'::"QueuePriority" END, now() - interval '8 hours' + n * interval '5 seconds', now() - interval '8 hours', 0, now(), now()
    FROM generate_series(1, $2) n`, [today, NUMBERS]);
  await client.query(`ANALYZE`);
  const callTimes: number[] = [];
  const calledIds = new Set<string>();
  let duplicates = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: LOKETS }, async (_, i) => {
      const counterId = `c${i + 1}`;
      for (;;) {
        const t = performance.now();
        const r = await callNext(staff, counterId);
        callTimes.push(performance.now() - t);
        if (!r.ok) break;
        if (calledIds.has(r.ticketId!)) duplicates++;
        calledIds.add(r.ticketId!);
        await counterStep(staff, counterId, r.ticketId!, "finish");
      }
    }),
  );
  const callWall = performance.now() - t0;
  console.log(`[bench:antrian] call-next: ${calledIds.size} numbers called by ${LOKETS} lokets in ${(callWall / 1000).toFixed(1)} s, duplicates ${duplicates}`);
  console.log(`[bench:antrian] call-next latency p50 ${f(quantile(callTimes, 0.5))} ms, p95 ${f(quantile(callTimes, 0.95))} ms, max ${f(Math.max(...callTimes))} ms (target p95 ≤ 50 ms)`);
  if (oversold || duplicates > 0 || calledIds.size !== NUMBERS) {
    console.error("[bench:antrian] FAILED: overbooking, a duplicate call, or numbers left uncalled");
    process.exitCode = 1;
  }
} finally {
  await client.end().catch(() => {});
  await disconnect().catch(() => {});
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
