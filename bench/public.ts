// Public pages under load, on one app instance of the last `next build` (run `npx next build`
// first): the office catalogue, a service standard page and /statistik, each at 1, 10 and 50
// concurrent clients with autocannon, beside a prerendered page of the same build in the same run.
// Target: ≥ 500 requests/s and p99 ≤ 200 ms at 50 clients. Signed-out views come from the page
// cache of scripts/serve.mjs (scripts/lib/page-cache.mjs) after the first render. Starts its own embedded PostgreSQL
// (throwaway folder, demo data) and the production server (scripts/serve.mjs) on BENCH_PORT.
//   npm run bench -- public        (BENCH_SECONDS per measurement, default 8)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 4207);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const base = `http://127.0.0.1:${port}`;
const TARGET = { rps: 500, p99: 200 };

if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("No production build: run `npx next build` first.");
  process.exit(1);
}

/**
 * A page of this build that Next prerendered (served from the build output, no rendering). Every
 * page of this app reads the language cookie, so there may be none: then a static file of the
 * same build (its CSS) stands in as the no-rendering baseline.
 */
function prerenderedPage(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
  const routes = Object.keys(manifest.routes).filter((r) => !r.includes("[") && !r.startsWith("/_") && !/\.(txt|xml|ico|png|webmanifest)$/.test(r));
  if (routes[0]) return routes[0];
  const css = fs.readdirSync(path.join(root, ".next/static/chunks")).find((f) => f.endsWith(".css"));
  if (!css) throw new Error("no prerendered page and no static CSS in the build");
  return `/_next/static/chunks/${css}`;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-bench-public-"));
const server = spawn(process.execPath, [path.join(root, "scripts/with-db.mjs"), process.execPath, path.join(root, "scripts/serve.mjs")], {
  cwd: root,
  env: { ...process.env, EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: "0", UPLOAD_DIR: path.join(dir, "uploads"), PORT: String(port), NODE_ENV: "production", DATABASE_URL: "" },
  stdio: ["ignore", "pipe", "inherit"],
});
server.stdout.on("data", () => {});
const stop = () =>
  new Promise<void>((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });

async function waitReady() {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

// What a phone's browser sends: the pages are answered compressed, as residents get them.
const BROWSER_HEADERS = { "accept-language": "id", "accept-encoding": "gzip, deflate, br" };

type Row = { page: string; url: string; clients: number; rps: number; p50: number; p99: number; non2xx: number; errors: number };

async function measure(page: string, url: string, clients: number): Promise<Row> {
  const result = await autocannon({ url: base + url, connections: clients, duration: seconds, headers: BROWSER_HEADERS });
  return {
    page, url, clients,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

try {
  await waitReady();
  const services = await (await fetch(`${base}/layanan/kelurahan-pakansari`)).text();
  const serviceUrl = services.match(/href="(\/layanan\/kelurahan-pakansari\/[^"]+)"/)?.[1];
  if (!serviceUrl) throw new Error("no service link on the catalogue page");
  const pages: [string, string][] = [
    ["catalogue (office)", "/layanan/kelurahan-pakansari"],
    ["service standard", serviceUrl],
    ["statistik", "/statistik"],
    ["prerendered", prerenderedPage()],
  ];
  // Warm up: compile-on-first-use, caches, connection pool.
  for (const [, url] of pages) await autocannon({ url: base + url, connections: 5, duration: 2 });
  // Where each page came from (scripts/lib/page-cache.mjs sets X-Page-Cache) and what it weighs.
  for (const [name, url] of pages) {
    const res = await fetch(base + url, { headers: BROWSER_HEADERS });
    const body = await res.arrayBuffer();
    console.log(`${name}: ${res.status}, page cache ${res.headers.get("x-page-cache") ?? "not used"}, ${res.headers.get("content-encoding") ?? "identity"}, ${body.byteLength} B decoded`);
  }
  const rows: Row[] = [];
  for (const clients of [1, 10, 50]) for (const [name, url] of pages) rows.push(await measure(name, url, clients));
  console.log(`\nPublic pages, one instance, ${seconds} s per measurement (${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}):`);
  console.table(rows.map((r) => ({ page: r.page, url: r.url, clients: r.clients, "req/s": r.rps, "p50 ms": r.p50, "p99 ms": r.p99, "non-2xx": r.non2xx, errors: r.errors })));
  const at50 = rows.filter((r) => r.clients === 50 && r.page !== "prerendered");
  const pass = at50.every((r) => r.rps >= TARGET.rps && r.p99 <= TARGET.p99 && r.errors === 0);
  console.log(`Target at 50 clients (≥ ${TARGET.rps} req/s, p99 ≤ ${TARGET.p99} ms): ${pass ? "met" : "NOT met"}`);
} finally {
  await stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
