// Consistent backups of the database and the local upload store, while the app runs.
//
// Why a logical dump through the server: the embedded PostgreSQL 17 ships no pg_dump, and
// Debian 12's client (15) refuses a 17 server. A physical copy (pg_backup_start/stop + a tar of
// the data folder + the WAL written meanwhile) would only work for the embedded cluster on this
// machine and only restore into the same major version. Instead every table is read with
// COPY … TO STDOUT inside one REPEATABLE READ, READ ONLY transaction (one snapshot: the archive is
// consistent even while requests are written), which works the same for DATABASE_URL. Restoring
// builds the schema from the project's own migrations (the archive records which were applied and
// refuses to restore into a different set), then COPY … FROM STDIN per table and resets sequences.
//
// The archive (.tar.gz) holds manifest.json (tables with row counts, migrations, every upload with
// its SHA-256), db/<table>.copy and uploads/<key>. Files are copied after the snapshot is taken:
// bytes are always stored before the row that points at them, so every file the snapshot refers to
// is there (unless it was deleted after the snapshot, which the manifest would show as missing).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import copyStreams from "pg-copy-streams";

const { to: copyTo, from: copyFrom } = copyStreams;

export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "inherit"], ...opts });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

const quote = (name) => `"${name.replace(/"/g, '""')}"`;

export async function listTables(client) {
  const { rows } = await client.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  return rows.map((r) => r.table_name);
}

function sha256(file) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256");
    fs.createReadStream(file).on("error", reject).on("data", (d) => hash.update(d)).on("end", () => resolve(hash.digest("hex")));
  });
}

function* walk(dir, prefix = "") {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), rel);
    else if (entry.isFile()) yield rel;
  }
}

export async function hashTree(dir) {
  const files = {};
  for (const rel of walk(dir)) files[rel] = await sha256(path.join(dir, rel));
  return files;
}

/** Writes the archive; returns the manifest. */
export async function backup({ databaseUrl, uploadDir, file, staging }) {
  fs.mkdirSync(path.join(staging, "db"), { recursive: true });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const tables = [];
  let migrations = [];
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const table of await listTables(client)) {
      const target = path.join(staging, "db", `${table}.copy`);
      await pipeline(client.query(copyTo(`COPY ${quote(table)} TO STDOUT`)), fs.createWriteStream(target));
      const { rows } = await client.query(`SELECT count(*)::bigint AS n FROM ${quote(table)}`);
      tables.push({ name: table, rows: Number(rows[0].n) });
    }
    migrations = (await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name")).rows.map((r) => r.migration_name);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  // Uploads after the snapshot (see above).
  const uploads = {};
  const filesDir = path.join(staging, "uploads");
  for (const rel of walk(uploadDir)) {
    const dest = path.join(filesDir, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(uploadDir, rel), dest);
    uploads[rel] = await sha256(dest);
  }
  fs.mkdirSync(filesDir, { recursive: true });
  const manifest = { format: "layanan-warga-backup/1", createdAt: new Date().toISOString(), migrations, tables, uploads };
  fs.writeFileSync(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2));
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await run("tar", ["-czf", path.resolve(file), "-C", staging, "manifest.json", "db", "uploads"]);
  return manifest;
}

export async function extract(file, staging) {
  fs.mkdirSync(staging, { recursive: true });
  await run("tar", ["-xzf", path.resolve(file), "-C", staging]);
  const manifest = JSON.parse(fs.readFileSync(path.join(staging, "manifest.json"), "utf8"));
  if (manifest.format !== "layanan-warga-backup/1") throw new Error("not a Layanan Warga backup archive");
  return manifest;
}

/** Loads an extracted archive into `databaseUrl` (already migrated with the same migrations). */
export async function loadData(databaseUrl, staging, manifest) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const applied = (await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name")).rows.map((r) => r.migration_name);
    if (JSON.stringify(applied) !== JSON.stringify(manifest.migrations)) {
      throw new Error(`the backup was made with migrations ${manifest.migrations.at(-1)}, this code has ${applied.at(-1)}: restore with the matching version`);
    }
    await client.query("BEGIN");
    // Rows arrive table by table; foreign keys are checked by the data's own consistency.
    await client.query("SET LOCAL session_replication_role = replica");
    const tables = manifest.tables.map((t) => t.name).filter((name) => name !== "_prisma_migrations"); // written by the migrations
    // Anything the migrations inserted goes first, all at once (a CASCADE per table would empty tables already loaded).
    if (tables.length) await client.query(`TRUNCATE ${tables.map(quote).join(", ")}`);
    for (const name of tables) {
      await pipeline(fs.createReadStream(path.join(staging, "db", `${name}.copy`)), client.query(copyFrom(`COPY ${quote(name)} FROM STDIN`)));
    }
    // Sequences (autoincrement ids) continue after the restored rows.
    const { rows: serials } = await client.query(`
      SELECT c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS seq
      FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`);
    for (const s of serials) {
      await client.query(`SELECT setval($1, COALESCE((SELECT max(${quote(s.column_name)}) FROM ${quote(s.table_name)}), 1), (SELECT count(*) > 0 FROM ${quote(s.table_name)}))`, [s.seq]);
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

export function restoreUploads(staging, uploadDir) {
  const src = path.join(staging, "uploads");
  for (const rel of walk(src)) {
    const dest = path.join(uploadDir, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(src, rel), dest);
  }
}

export async function rowCounts(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counts = {};
    for (const table of await listTables(client)) {
      counts[table] = Number((await client.query(`SELECT count(*)::bigint AS n FROM ${quote(table)}`)).rows[0].n);
    }
    return counts;
  } finally {
    await client.end();
  }
}
