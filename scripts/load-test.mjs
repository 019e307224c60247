#!/usr/bin/env node
// `npm run test:load`: simulated residents against two app instances and one worker on one
// embedded PostgreSQL (scripts/lib/load-cluster.mjs), on 127.0.0.1 only. Each resident signs in
// once, then until the time is up: home, catalogue, start a request, open its form, autosave the
// fields, upload the required documents (two small PNGs), submit, open its status page, read the
// notifications, with a pause between requests like a person's. Prints p50/p95/p99 per step, then
// counts in SQL that every submitted request is there exactly once with its files (on disk too).
// Exits 1 when the errors exceed --max-errors or a row is lost or doubled.
//   npm run test:load                                  200 residents, 300 s (the issue's run)
//   npm run test:load -- --residents=20 --duration=30  the short form
//   npm run test:load -- --fault=pg-restart            PostgreSQL stopped for --outage s at 40 %
// Every option is also an env var: LOAD_RESIDENTS, LOAD_DURATION (s), LOAD_THINK_MS (mean pause,
// default 3000), LOAD_MAX_ERRORS (0), LOAD_PORTS (two ports, default 4302 and any free one),
// LOAD_FAULT, LOAD_OUTAGE (s, default 8), LOAD_TIMEOUT_MS (per request, 30000).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { createResidents, pickService, startCluster } from "./lib/load-cluster.mjs";
import { Resident } from "./lib/load-resident.mjs";
import { Stats } from "./lib/load-stats.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const option = (name, env, fallback) => flag(name) ?? process.env[env] ?? fallback;
const residents = Number(option("residents", "LOAD_RESIDENTS", 200));
const duration = Number(option("duration", "LOAD_DURATION", 300)) * 1000;
const thinkMs = Number(option("think", "LOAD_THINK_MS", 3000));
const maxErrors = Number(option("max-errors", "LOAD_MAX_ERRORS", 0));
const ports = String(option("ports", "LOAD_PORTS", "4302,0")).split(",").map(Number);
const fault = option("fault", "LOAD_FAULT", "");
const outageMs = Number(option("outage", "LOAD_OUTAGE", 8)) * 1000;
const timeoutMs = Number(option("timeout", "LOAD_TIMEOUT_MS", 30_000));
const log = (m) => console.log(`[load] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!(residents > 0 && residents <= 2000 && duration > 0 && duration <= 3_600_000)) {
  console.error("[load] --residents must be 1..2000 and --duration 1..3600 s");
  process.exit(2);
}
if (fault && fault !== "pg-restart") {
  console.error(`[load] unknown --fault=${fault} (pg-restart)`);
  process.exit(2);
}
const manifestFile = path.join(root, ".next/server/server-reference-manifest.json");
if (!fs.existsSync(path.join(root, ".next/BUILD_ID")) || !fs.existsSync(manifestFile)) {
  console.error("[load] no production build: run `npx next build` first.");
  process.exit(2);
}

/** The build's id of the autosave action the form calls from its script (the send goes through the outbox route). */
function actionIds() {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  const find = (exportedName) =>
    Object.entries(manifest.node).find(([, a]) => a.exportedName === exportedName && a.filename?.includes("lib/requests/actions/resident"))?.[0];
  const ids = { saveDraft: find("saveDraftAction") };
  if (!ids.saveDraft) throw new Error("the build's action manifest has no saveDraftAction");
  return ids;
}

const cluster = await startCluster({ ports, log });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => cluster.stop().finally(() => process.exit(130)));
let exitCode = 1;
try {
  log(`instances ${cluster.bases.join(" and ")}, one worker, PostgreSQL ${new URL(cluster.url).port}`);
  const accounts = await createResidents(cluster.pool, residents);
  const service = await pickService(cluster.pool);
  const docs = service.requirements.filter((r) => r.kind === "DOCUMENT" && r.required).length;
  log(`${residents} residents apply for "${service.name}" (${docs} documents, ${service.fields} required fields) for ${duration / 1000} s, pause ~${thinkMs} ms${fault ? `, fault: ${fault}` : ""}`);
  const pngs = await Promise.all(["#c8d6e5", "#f6e58d"].map((background) =>
    sharp({ create: { width: 320, height: 200, channels: 3, background } }).png().toBuffer()));
  const actions = actionIds();

  const stats = new Stats();
  const started = Date.now();
  const endAt = started + duration;
  const hardDeadline = endAt + Math.max(60_000, timeoutMs * 2); // in-flight visits finish, bounded
  const pause = () => sleep(thinkMs * (0.5 + Math.random()));

  const faultRun = fault === "pg-restart"
    ? (async () => {
        await sleep(duration * 0.4);
        log(`stopping PostgreSQL for ${outageMs / 1000} s…`);
        const { stoppedAt, startedAt } = await cluster.restartDatabase(outageMs);
        log("PostgreSQL is back");
        // Both instances answer again by themselves (no restart): /api/health reaches the database.
        const back = await Promise.all(cluster.bases.map(async (base) => {
          for (;;) {
            const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
            if (ok) return Date.now();
            if (Date.now() > startedAt + 60_000) return null;
            await sleep(250);
          }
        }));
        return { outage: startedAt - stoppedAt, recovered: back.map((t) => (t === null ? null : t - startedAt)) };
      })()
    : null;

  const simulated = accounts.map((account) => new Resident({ bases: cluster.bases, nik: account.nik, stats, timeoutMs, deadline: () => hardDeadline, actions, pngs, pause }));
  await Promise.all(simulated.map(async (resident, i) => {
    await sleep((i / residents) * Math.min(10_000, duration / 3)); // sign-ins spread over the first seconds
    try {
      await resident.signIn();
    } catch {
      return;
    }
    for (let n = 1; Date.now() < endAt; n++) {
      // A failed step ends this visit (counted); the resident starts the next one after a pause.
      await resident.applyOnce(service, `${i + 1}.${n}`).catch(() => {});
      if (Date.now() > hardDeadline) return;
      await pause();
    }
  }));
  const submitted = simulated.flatMap((r) => r.submitted);
  const unconfirmed = simulated.flatMap((r) => r.unconfirmed);
  const elapsed = (Date.now() - started) / 1000;
  const faultResult = await faultRun;

  console.log(`\n${residents} residents, ${elapsed.toFixed(0)} s on ${cluster.bases.length} instances (${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}):`);
  console.table(stats.table());
  const requests = stats.table().reduce((n, r) => n + r.ok + r.errors + r["503"], 0);
  log(`${requests} requests (${(requests / elapsed).toFixed(1)}/s), ${stats.errors} errors, ${stats.unavailableCount} answered 503 + Retry-After`);
  for (const reason of stats.reasons().slice(0, 15)) log(`  error ${reason}`);
  for (const [step, row] of stats.steps) if (row.unavailableBodies.size) log(`  503 at ${step}: ${[...row.unavailableBodies].join(" | ")}`);
  if (faultResult) log(`fault: PostgreSQL away ${(faultResult.outage / 1000).toFixed(1)} s; instances healthy again ${faultResult.recovered.map((ms) => (ms === null ? "never" : `${ms} ms`)).join(" and ")} after it returned`);

  // Counted in SQL: each submitted request once, with its documents, and each file on disk.
  const { rows } = await cluster.pool.query(
    `SELECT r.id, r.status::text AS status,
            (SELECT count(*)::int FROM request_events e WHERE e.request_id = r.id AND e.type = 'request.submitted') AS submits,
            (SELECT count(*)::int FROM request_attachments a WHERE a.request_id = r.id AND a.current) AS files,
            (SELECT array_agg(f.key) FROM request_attachments a JOIN stored_files f ON f.id = a.file_id WHERE a.request_id = r.id AND a.current) AS keys
     FROM service_requests r WHERE r.resident_id LIKE 'load-p-%' AND r.status <> 'DRAFT'`,
  );
  const inDb = new Map(rows.map((r) => [r.id, r]));
  const confirmed = new Set(submitted);
  const lost = submitted.filter((id) => !inDb.has(id));
  const extra = rows.filter((r) => !confirmed.has(r.id) && !unconfirmed.includes(r.id));
  const doubled = rows.filter((r) => r.submits !== 1);
  const withoutFiles = rows.filter((r) => r.files !== docs);
  const missingOnDisk = rows.flatMap((r) => r.keys ?? []).filter((key) => !fs.existsSync(path.join(cluster.env.UPLOAD_DIR, key)));
  log(`SQL: ${submitted.length} submits confirmed to residents, ${rows.length} submitted requests in the database ` +
    `(${unconfirmed.length} unanswered submits, of which ${unconfirmed.filter((id) => inDb.has(id)).length} went in); ` +
    `lost ${lost.length}, unexpected ${extra.length}, submitted ≠ once ${doubled.length}, without ${docs} files ${withoutFiles.length}, files missing on disk ${missingOnDisk.length}`);
  const workerAlive = cluster.children.every(({ proc }) => proc.exitCode === null);
  if (!workerAlive) for (const c of cluster.children) if (c.proc.exitCode !== null) log(`${c.name} exited (${c.proc.exitCode}): ${c.errors.join("").slice(-800)}`);

  const failures = [
    stats.errors > maxErrors && `${stats.errors} errors > ${maxErrors}`,
    submitted.length === 0 && "no request was submitted",
    lost.length + extra.length + doubled.length + withoutFiles.length + missingOnDisk.length > 0 && "rows lost, doubled or without files",
    !workerAlive && "a process of the cluster died",
    faultResult && faultResult.recovered.some((ms) => ms === null) && "an instance did not recover after PostgreSQL returned",
    faultResult && stats.unavailableCount === 0 && "no 503 answer was seen during the outage",
  ].filter(Boolean);
  if (failures.length) console.error(`[load] FAILED: ${failures.join("; ")}`);
  else log("passed");
  exitCode = failures.length ? 1 : 0;
} finally {
  await cluster.stop();
}
process.exit(exitCode);
