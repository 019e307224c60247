#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then serve the production
// build on PORT (default 3000) with a ready database (see with-db.mjs).
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const next = path.join(root, "node_modules/next/dist/bin/next");
const port = Number(process.env.PORT ?? 3000);
process.env.NEXT_TELEMETRY_DISABLED = "1";

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function buildIsStale() {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "messages", "i18n", "public", "proxy.ts", "auth.ts",
    "auth.config.ts", "next.config.ts", "package-lock.json", "prisma/schema.prisma"];
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

const portInUse = await new Promise((resolve) => {
  const socket = net.connect({ port, host: "127.0.0.1" });
  socket.once("connect", () => (socket.destroy(), resolve(true)));
  socket.once("error", () => resolve(false));
});
if (portInUse) {
  console.error(`[layanan-warga] Port ${port} is already in use: is Layanan Warga already running? Stop it first, or set PORT.`);
  process.exit(1);
}

if (buildIsStale()) {
  console.log("[layanan-warga] building the app (first start or changed sources)…");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const child = spawn(
  process.execPath,
  [path.join(root, "scripts/with-db.mjs"), process.execPath, path.join(root, "scripts/serve.mjs"), "-p", String(port)],
  { stdio: "inherit", cwd: root },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
