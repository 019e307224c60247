#!/usr/bin/env node
// Runs a command with a ready database: DATABASE_URL when set, otherwise the project's own
// embedded PostgreSQL under .data/pg (started, migrated and seeded here, stopped on exit).
//   node scripts/with-db.mjs [--migrate-only | --seed-only | --seed] [command args...]
// Demo data (accounts with a public password) goes only into the embedded database, or into
// DATABASE_URL with an explicit --seed / --seed-only.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { dataRoot, startEmbedded } from "./lib/embedded-db.mjs";
import { applyMigrations } from "./lib/migrate.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const args = process.argv.slice(2);
const migrateOnly = args[0] === "--migrate-only";
const seedOnly = args[0] === "--seed-only";
const seedRequested = args[0] === "--seed";
const command = migrateOnly || seedOnly ? [] : seedRequested ? args.slice(1) : args;
const log = (message) => console.log(`[layanan-warga] ${message}`);

/** `next start` (or `npm start`): a production server. */
export function isProductionStart(cmd) {
  return cmd.some((a) => a === "start" || a.endsWith("serve.mjs")) || process.env.NODE_ENV === "production";
}

function ensureSecret() {
  if (process.env.AUTH_SECRET) return;
  if (process.env.DATABASE_URL && isProductionStart(command)) {
    // Several instances on one database must sign sessions with one secret; a per-instance
    // generated one would sign users out whenever a request lands on another instance.
    throw new Error("AUTH_SECRET is not set. A production start with DATABASE_URL needs the same AUTH_SECRET on every instance (e.g. `openssl rand -base64 32`).");
  }
  const file = path.join(dataRoot(), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    log(`generated AUTH_SECRET into ${path.relative(root, file)}`);
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

async function databaseIsEmpty(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM offices");
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

function run(cmd, cmdArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: "inherit", env, cwd: root });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

export function seed(env) {
  return run(process.execPath, ["--import", "tsx", "prisma/seed/index.ts"], env);
}

async function main() {
  ensureSecret();
  let stop = async () => {};
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dir = path.join(dataRoot(), "pg");
    const started = Date.now();
    const db = await startEmbedded({ dir, port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
    stop = async () => {
      await db.stop();
      log("database stopped");
    };
    const admin = db.client("postgres");
    await admin.connect();
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'layanan_warga'");
    if (!rowCount) await admin.query("CREATE DATABASE layanan_warga");
    await admin.end();
    url = db.urlFor("layanan_warga");
    log(`embedded PostgreSQL ready on port ${db.port} (${Date.now() - started} ms${db.fresh ? ", new cluster" : ""})`);
  }
  const env = { ...process.env, DATABASE_URL: url };
  let code = 0;
  // Stop the database however we leave: the child's exit, Ctrl-C, SIGTERM.
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await stop().catch((e) => console.error(e));
  };
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => {});
  try {
    const applied = await applyMigrations(url, { log });
    if (applied.length === 0) log("database schema is up to date");
    const embedded = !process.env.DATABASE_URL;
    const empty = await databaseIsEmpty(url);
    if (seedOnly || ((embedded || seedRequested) && empty)) {
      log("seeding demo data");
      code = await seed(env);
      if (code !== 0) throw new Error("seeding failed");
    } else if (empty) {
      log("DATABASE_URL has no offices yet; demo data is not loaded there (add --seed to load it)");
    }
    if (command.length > 0) code = await run(command[0], command.slice(1), env);
  } catch (error) {
    console.error(`[layanan-warga] ${error.message}`);
    code = code || 1;
  } finally {
    await shutdown();
  }
  process.exit(code);
}

main().catch((error) => {
  console.error(`[layanan-warga] ${error.message}`);
  process.exit(1);
});
