#!/usr/bin/env node
// `npm run cluster`: two app instances (scripts/serve.mjs on CLUSTER_PORTS, default 3000,3001) and
// one worker on one PostgreSQL (DATABASE_URL, or the embedded one under .data), sharing one
// AUTH_SECRET and one upload folder (UPLOAD_DIR, default .data/uploads). Builds first when the
// sources changed, like `npm start`. Put a load balancer in front (forwarding X-Forwarded-For and
// TRUSTED_PROXY_HOPS=1), or open the instances directly. Ctrl-C stops everything.
// Internally: with-db.mjs readies the database and the secret once, then runs this script again
// with --children, which starts the three processes and stops all of them if one dies.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const log = (message) => console.log(`[cluster] ${message}`);
const ports = (process.env.CLUSTER_PORTS ?? "3000,3001").split(",").map((p) => p.trim()).filter(Boolean);

if (!process.argv.includes("--children")) {
  if (process.env.DATABASE_URL && !process.env.AUTH_SECRET) {
    console.error("[cluster] AUTH_SECRET is not set: every instance must sign sessions with the same secret.");
    process.exit(1);
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID")) || process.argv.includes("--build")) {
    log("building the app…");
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit", cwd: root });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const child = spawn(process.execPath, [path.join(root, "scripts/with-db.mjs"), process.execPath, path.join(root, "scripts/cluster.mjs"), "--children"], {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  // One upload folder for all (a shared volume in production, or UPLOADTHING_TOKEN).
  const uploads = path.resolve(process.env.UPLOAD_DIR || path.join(root, ".data", "uploads"));
  const env = { ...process.env, UPLOAD_DIR: uploads, NOTIFY_WORKER: "off", NODE_ENV: "production" };
  const children = [
    ...ports.map((port) => ({ name: `app:${port}`, args: [path.join(root, "scripts/serve.mjs")], env: { ...env, PORT: port } })),
    { name: "worker", args: ["--conditions", "react-server", "--import", "tsx", path.join(root, "scripts/worker.ts")], env },
  ].map(({ name, args, env: childEnv }) => {
    const proc = spawn(process.execPath, args, { stdio: "inherit", cwd: root, env: childEnv });
    return { name, proc };
  });
  log(`instances on ${ports.map((p) => `http://localhost:${p}`).join(" and ")}, one worker, uploads in ${uploads}`);

  let stopping = false;
  const stopAll = (code) => {
    if (stopping) return;
    stopping = true;
    for (const { proc } of children) if (proc.exitCode === null) proc.kill("SIGTERM");
    Promise.all(children.map(({ proc }) => (proc.exitCode !== null ? null : new Promise((r) => proc.once("exit", r))))).then(() => process.exit(code));
    setTimeout(() => process.exit(code), 10_000).unref();
  };
  for (const { name, proc } of children) {
    proc.on("exit", (code, signal) => {
      if (!stopping) {
        console.error(`[cluster] ${name} stopped (${signal ?? `exit ${code}`}); stopping the others`);
        stopAll(code || 1);
      }
    });
  }
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(0));
}
