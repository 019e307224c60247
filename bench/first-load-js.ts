// First-load JavaScript (gzip) of the resident pages, read from the last `next build` (.next).
// Target: ≤ 150 KB each, because residents use cheap Android phones on slow connections.
// Counts the framework's root chunks plus every client chunk of the route's layouts, boundaries
// and page (the union in its client reference manifest): a slight over-estimate, never under.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const TARGET_KB = 150;
const root = path.resolve(import.meta.dirname, "..");
const next = path.join(root, ".next");

const routes: [string, string][] = [
  ["catalogue: offices", "/(publik)/layanan/page"],
  ["catalogue: services of an office", "/(publik)/layanan/[kantor]/page"],
  ["catalogue: service standard", "/(publik)/layanan/[kantor]/[layanan]/page"],
  ["resident home", "/(warga)/warga/page"],
  ["apply: who for", "/(warga)/warga/permohonan/baru/[serviceId]/page"],
  ["apply: form", "/(warga)/warga/permohonan/[id]/isi/page"],
  ["request: tracking", "/(warga)/warga/permohonan/[id]/page"],
  ["request: history", "/(warga)/warga/permohonan/page"],
];

function chunksOf(route: string): string[] {
  const dir = path.join(next, "server", "app", ...route.split("/").filter(Boolean));
  const build = JSON.parse(fs.readFileSync(path.join(dir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const source = fs.readFileSync(`${dir}_client-reference-manifest.js`, "utf8");
  const manifest = new Function("globalThis", `${source}; return globalThis.__RSC_MANIFEST;`)({}) as Record<string, { entryJSFiles: Record<string, string[]> }>;
  const entry = manifest[route];
  return [...new Set([...build.rootMainFiles, ...Object.values(entry.entryJSFiles).flat()])];
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(fs.readFileSync(path.join(next, file)), { level: 9 }).byteLength);
  return gzipCache.get(file)!;
}

if (!fs.existsSync(path.join(next, "BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}

let over = 0;
console.log(`First-load JS (gzip), target ≤ ${TARGET_KB} KB`);
for (const [label, route] of routes) {
  try {
    const kb = chunksOf(route).reduce((sum, f) => sum + gzipSize(f), 0) / 1024;
    if (kb > TARGET_KB) over++;
    console.log(`${kb > TARGET_KB ? "✖" : "✔"} ${kb.toFixed(1).padStart(6)} KB  ${label}  (${route})`);
  } catch (error) {
    over++;
    console.log(`? ${label}: cannot read the build manifest (${(error as Error).message})`);
  }
}
process.exit(over ? 1 : 0);
