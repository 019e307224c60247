#!/usr/bin/env node
// Production HTTP server (used by `npm start`, the e2e server and `npm run cluster`): Next's
// request handler behind a plain Node server that first rewrites the forwarding headers
// (scripts/lib/forwarded.mjs), because `next start` keeps whatever X-Forwarded-For the client
// sent, answers 503 pages while the database is away (scripts/lib/db-outage.mjs) and serves
// signed-out views of the public pages from a cache (scripts/lib/page-cache.mjs), and queues the
// antrian bookings of a rush in a waiting room (scripts/lib/booking-gate.mjs). Serves the
// last `next build` on PORT (default 3000). Unless NOTIFY_WORKER=off, it also
// runs the background worker (scripts/worker.ts: notifications, scheduled reminders) as a child
// process; Ctrl-C stops both, and if the worker dies the server goes down with it.
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import next from "next";
import { createBookingGate } from "./lib/booking-gate.mjs";
import { createOutageGuard } from "./lib/db-outage.mjs";
import { hopsFrom, normalizeForwardingHeaders } from "./lib/forwarded.mjs";
import { createPageCache } from "./lib/page-cache.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
const hops = hopsFrom(process.env);

const app = next({ dev: false, dir: root, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
// While the database is unreachable: "Layanan sedang gangguan" pages and 503 + Retry-After (lib/db-outage.mjs).
const guard = createOutageGuard();
// Signed-out views of the public pages, kept for PUBLIC_CACHE_SECONDS and dropped on every
// instance when the catalogue, news or FAQ changes (lib/page-cache.mjs). PAGE_CACHE=off disables it.
const seconds = Number(process.env.PUBLIC_CACHE_SECONDS ?? 120);
const pages = createPageCache({ seconds: process.env.PAGE_CACHE === "off" || !Number.isFinite(seconds) ? 0 : seconds });
const answer = process.env.DB_OUTAGE_GUARD === "off" ? handle : (req, res) => guard(req, res, handle);
// The antrian booking's waiting room: at most BOOKING_CONCURRENCY bookings inside the app at once,
// the rest wait in line, and a slot the app has just called full is answered "kuota penuh" at once
// for BOOKING_FULL_SECONDS (scripts/lib/booking-gate.mjs). BOOKING_GATE=off disables it.
const bookings = process.env.BOOKING_GATE === "off" ? null : createBookingGate({ concurrency: Number(process.env.BOOKING_CONCURRENCY ?? 8) || 8, fullSeconds: Number(process.env.BOOKING_FULL_SECONDS ?? 10) || 10 });
const front = bookings ? (req, res) => bookings.serve(req, res, (rq, rs) => pages.serve(rq, rs, answer)) : (req, res) => pages.serve(req, res, answer);

// Test hook, only in the e2e server (scripts/e2e-server.mjs sets E2E_HOOKS=1; never in production):
// `POST /__e2e/drop-streams?path=<prefix>` destroys the sockets of the open event streams under that
// path, as a lost network does (a browser's offline emulation leaves an open stream alone).
const streams = process.env.E2E_HOOKS === "1" ? new Set() : null;
function e2eHook(req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/__e2e/drop-streams" && req.method === "POST") {
    const prefix = url.searchParams.get("path") ?? "/";
    let dropped = 0;
    for (const s of streams) {
      if (!s.path.startsWith(prefix)) continue;
      s.socket.destroy();
      streams.delete(s);
      dropped += 1;
    }
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ dropped }));
    return true;
  }
  if ((req.headers.accept ?? "").includes("text/event-stream")) {
    const entry = { path: url.pathname, socket: req.socket };
    streams.add(entry);
    res.on("close", () => streams.delete(entry));
  }
  return false;
}

const server = http.createServer((req, res) => {
  if (streams && e2eHook(req, res)) return;
  normalizeForwardingHeaders(req, hops);
  front(req, res);
});
server.keepAliveTimeout = 65_000; // longer than a typical load balancer's idle timeout
server.listen(port, hostname, () => {
  console.log(`[layanan-warga] serving on http://localhost:${port} (trusted proxy hops: ${hops})`);
});

const worker =
  process.env.NOTIFY_WORKER === "off"
    ? null
    : spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/worker.ts"], { stdio: "inherit", cwd: root });

let closing = false;
function shutdown(code = 0) {
  if (closing) return;
  closing = true;
  if (worker && worker.exitCode === null) worker.kill("SIGTERM");
  server.close(() => (worker && worker.exitCode === null ? worker.once("exit", () => process.exit(code)) : process.exit(code)));
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(code), 8_000).unref();
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => shutdown(0));
worker?.on("exit", (code) => {
  if (!closing) {
    console.error(`[layanan-warga] the worker stopped (exit ${code}); stopping the server too`);
    shutdown(code || 1);
  }
});
