// The deployment that scripts/load-test.mjs drives: one embedded PostgreSQL in a throwaway folder
// (started in this process, so a fault test can stop and start it), migrated and seeded once, two
// app instances (scripts/serve.mjs, as `npm run cluster` runs them) and one worker, all on
// 127.0.0.1, one AUTH_SECRET and one upload folder.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbedded } from "./embedded-db.mjs";
import { applyMigrations } from "./migrate.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

function waitExit(proc) {
  return proc.exitCode !== null || proc.signalCode !== null ? Promise.resolve() : new Promise((r) => proc.once("exit", r));
}

async function waitHealthy(base, proc, seconds = 180) {
  for (let i = 0; i < seconds * 2; i++) {
    if (proc.exitCode !== null) throw new Error(`${base} exited (${proc.exitCode}) before it was ready`);
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not become healthy`);
}

/**
 * Starts the database and the three processes. `ports`: the two app ports (0 = any free one).
 * Returns their base URLs, the database URL, a pg pool for checks, and stop / restartDatabase.
 */
export async function startCluster({ ports, log, env: extraEnv = {} }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-load-"));
  const pgDir = path.join(dir, "pg");
  // persistent: the folder must survive a stop, for restartDatabase(); removed in stop().
  let database = await startEmbedded({ dir: pgDir, port: await freePort(0), persistent: true });
  const pgPort = database.port;
  const admin = database.client("postgres");
  await admin.connect();
  await admin.query("CREATE DATABASE layanan_warga");
  await admin.end();
  const url = database.urlFor("layanan_warga");
  await applyMigrations(url, { log: () => {} });
  const env = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    UPLOAD_DIR: path.join(dir, "uploads"),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    HOSTNAME_BIND: "127.0.0.1",
    NOTIFY_WORKER: "off", // the one worker is started below
    // Every simulated resident comes from 127.0.0.1: per-address limits scaled up, as in e2e.
    LOGIN_IP_MAX_FAILURES: "1000000",
    RATE_LIMIT_SCALE: "1000",
    ...extraEnv,
  };
  log("seeding demo data…");
  const seeded = spawn(process.execPath, ["--import", "tsx", "prisma/seed/index.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  await waitExit(seeded);
  if (seeded.exitCode !== 0) throw new Error("seeding failed");

  const chosen = [];
  for (const p of ports) chosen.push(p ? p : await freePort(0));
  const children = [
    ...chosen.map((port) => ({ name: `app:${port}`, args: [path.join(root, "scripts/serve.mjs")], env: { ...env, PORT: String(port) } })),
    { name: "worker", args: ["--conditions", "react-server", "--import", "tsx", path.join(root, "scripts/worker.ts")], env },
  ].map(({ name, args, env: childEnv }) => {
    const proc = spawn(process.execPath, args, { cwd: root, env: childEnv, stdio: ["ignore", "ignore", "pipe"] });
    const errors = [];
    proc.stderr.on("data", (chunk) => {
      errors.push(String(chunk));
      if (errors.length > 200) errors.shift();
    });
    return { name, proc, errors };
  });
  const bases = chosen.map((port) => `http://127.0.0.1:${port}`);
  await Promise.all(bases.map((base, i) => waitHealthy(base, children[i].proc)));
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => {}); // idle clients die when the database is restarted on purpose

  return {
    bases,
    url,
    env,
    pool,
    children,
    /** Stops PostgreSQL (fast shutdown: sessions are cut, as in a crash or a failover) for `ms`, then starts it again. */
    async restartDatabase(ms) {
      await database.stop();
      const stoppedAt = Date.now();
      await new Promise((r) => setTimeout(r, ms));
      database = await startEmbedded({ dir: pgDir, port: pgPort, persistent: true });
      return { stoppedAt, startedAt: Date.now() };
    },
    async stop() {
      await pool.end().catch(() => {});
      for (const { proc } of children) if (proc.exitCode === null) proc.kill("SIGTERM");
      await Promise.race([Promise.all(children.map(({ proc }) => waitExit(proc))), new Promise((r) => setTimeout(r, 10_000))]);
      for (const { proc } of children) if (proc.exitCode === null) proc.kill("SIGKILL");
      await database.stop().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `count` resident accounts of Kelurahan Pakansari that sign in with their NIK and the demo
 * password: copies of Siti's user and profile rows (same password hash) with a new id, NIK, KK
 * and name, and no e-mail or phone. One statement per table.
 */
export async function createResidents(pool, count) {
  if (count > 9999) throw new Error("at most 9999 residents (the NIK's sequence has four digits)");
  const { rows } = await pool.query(`SELECT p.user_id AS uid, p.id AS pid FROM resident_profiles p WHERE p.nik = '3201014506900002'`);
  if (!rows[0]) throw new Error("the demo resident to copy (Siti) is missing");
  // NIK: region 320101, born 01-01-1990 (female: day + 40), sequence g.
  const nik = (g) => `320101410190${String(g).padStart(4, "0")}`;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`CREATE TEMP TABLE u ON COMMIT DROP AS SELECT * FROM users WHERE id = $1`, [rows[0].uid]);
    await client.query(`CREATE TEMP TABLE p ON COMMIT DROP AS SELECT * FROM resident_profiles WHERE id = $1`, [rows[0].pid]);
    await client.query(
      `INSERT INTO users SELECT (jsonb_populate_record(u, jsonb_build_object('id', 'load-u-' || g, 'name', 'Warga Uji ' || g, 'email', NULL, 'phone', NULL, 'last_login_at', NULL))).*
       FROM u, generate_series(1, $1::int) g`,
      [count],
    );
    await client.query(
      `INSERT INTO resident_profiles SELECT (jsonb_populate_record(p, jsonb_build_object('id', 'load-p-' || g, 'user_id', 'load-u-' || g,
          'nik', '320101410190' || lpad(g::text, 4, '0'), 'kk_number', '3201019900' || lpad(g::text, 6, '0'), 'head_of_family', true, 'full_name', 'Warga Uji ' || g, 'email', NULL, 'phone', NULL))).*
       FROM p, generate_series(1, $1::int) g`,
      [count],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  return Array.from({ length: count }, (_, i) => ({ nik: nik(i + 1), name: `Warga Uji ${i + 1}` }));
}

/**
 * The Pakansari service the residents apply for: applicable online, the fewest required documents
 * but at least two (the "two small uploads"), then the fewest required fields.
 */
export async function pickService(pool) {
  const { rows } = await pool.query(
    `SELECT s.id, s.slug, s.name,
            count(*) FILTER (WHERE r.kind = 'DOCUMENT' AND r.required) AS docs,
            count(*) FILTER (WHERE r.kind = 'FIELD' AND r.required) AS fields
     FROM services s JOIN offices o ON o.id = s.office_id JOIN service_requirements r ON r.service_id = s.id
     WHERE o.slug = 'kelurahan-pakansari' AND s.active AND r.active AND NOT s.requires_verified_account
     GROUP BY s.id HAVING count(*) FILTER (WHERE r.kind = 'DOCUMENT' AND r.required) >= 2
     ORDER BY docs, fields, s.slug LIMIT 1`,
  );
  if (!rows[0]) throw new Error("no online Pakansari service with two required documents");
  const service = rows[0];
  const { rows: requirements } = await pool.query(
    `SELECT id, kind, code, field_type AS "fieldType", options, required FROM service_requirements WHERE service_id = $1 AND active ORDER BY position, id`,
    [service.id],
  );
  return { ...service, requirements };
}
