#!/usr/bin/env node
// Web server for Playwright: a fresh embedded PostgreSQL in a temporary folder (never the
// developer's .data), migrated and seeded, serving the production build on E2E_PORT.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = process.env.E2E_PORT ?? "3100";
const dir = path.join(os.tmpdir(), `lw-e2e-${port}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

// A free port chosen here (not by the launcher) so that specs that read the database directly
// (e2e/authz-matrix.desktop.spec.ts) find it in `${dir}/database-url`.
const pgPort = await new Promise((resolve) => {
  const probe = net.createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
fs.writeFileSync(path.join(dir, "database-url"), `postgresql://postgres:layanan-warga@localhost:${pgPort}/layanan_warga`);

const env = {
  ...process.env,
  EMBEDDED_PG_DIR: dir,
  EMBEDDED_PG_PORT: String(pgPort),
  UPLOAD_DIR: path.join(dir, "uploads"),
  NEXT_TELEMETRY_DISABLED: "1",
  // Every browser in the suite signs in from 127.0.0.1; the per-IP limit is proven by integration tests.
  LOGIN_IP_MAX_FAILURES: process.env.LOGIN_IP_MAX_FAILURES ?? "100000",
  // Every browser of the run comes from 127.0.0.1: public-action limits per address scaled up.
  RATE_LIMIT_SCALE: process.env.RATE_LIMIT_SCALE ?? "100",
  // POST /__e2e/drop-streams (scripts/serve.mjs): specs cut open event streams as a lost network would.
  E2E_HOOKS: "1",
};
delete env.DATABASE_URL;

const child = spawn(
  process.execPath,
  [path.join(root, "scripts/with-db.mjs"), process.execPath, path.join(root, "scripts/serve.mjs")],
  { stdio: "inherit", env: { ...env, PORT: port, NODE_ENV: "production" }, cwd: root },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
