#!/usr/bin/env node
// Production HTTP server (used by `npm start`, the e2e server and `npm run cluster`): Next's
// request handler behind a plain Node server that first rewrites the forwarding headers
// (scripts/lib/forwarded.mjs), because `next start` keeps whatever X-Forwarded-For the client
// sent. Serves the last `next build` on PORT (default 3000).
import http from "node:http";
import path from "node:path";
import next from "next";
import { hopsFrom, normalizeForwardingHeaders } from "./lib/forwarded.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
const hops = hopsFrom(process.env);

const app = next({ dev: false, dir: root, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  normalizeForwardingHeaders(req, hops);
  handle(req, res);
});
server.keepAliveTimeout = 65_000; // longer than a typical load balancer's idle timeout
server.listen(port, hostname, () => {
  console.log(`[layanan-warga] serving on http://localhost:${port} (trusted proxy hops: ${hops})`);
});

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
