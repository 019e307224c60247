// First-load JavaScript (gzip) of every public and resident page, read from the last `next build`
// (.next, or BENCH_NEXT_DIR). Issue 16: each page carries at most 15 KB of its own JavaScript above
// the framework's root chunks (Next.js + React, the build's rootMainFiles), because residents use
// cheap Android phones on slow connections. "Own" is every other client chunk of the route's
// layouts, boundaries and page (the union in its client reference manifest): a slight
// over-estimate, never under.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const OWN_LIMIT_KB = 15;
const root = path.resolve(import.meta.dirname, "..");
const next = process.env.BENCH_NEXT_DIR ? path.resolve(process.env.BENCH_NEXT_DIR) : path.join(root, ".next");

const routes: [string, string][] = [
  ["home", "/(publik)/page"],
  ["catalogue: offices", "/(publik)/layanan/page"],
  ["catalogue: services of an office", "/(publik)/layanan/[kantor]/page"],
  ["catalogue: service standard", "/(publik)/layanan/[kantor]/[layanan]/page"],
  ["sign-in", "/(auth)/masuk/page"],
  ["registration", "/(auth)/daftar/page"],
  ["password reset: ask", "/(auth)/lupa-sandi/page"],
  ["password reset: new password", "/(auth)/reset-sandi/[token]/page"],
  ["tracking", "/(publik)/lacak/page"],
  ["kritik & saran (public)", "/(publik)/pengaduan/kritik-saran/page"],
  ["survey (QR)", "/(publik)/survei/[token]/page"],
  ["resident home", "/(warga)/warga/page"],
  ["request: history", "/(warga)/warga/permohonan/page"],
  ["request: detail", "/(warga)/warga/permohonan/[id]/page"],
  ["apply: who for", "/(warga)/warga/permohonan/baru/[serviceId]/page"],
  ["apply: form", "/(warga)/warga/permohonan/[id]/isi/page"],
  ["apply: who for, later (draft, correction)", "/(warga)/warga/permohonan/[id]/untuk-siapa/page"],
  ["complaint: form", "/(warga)/warga/pengaduan/baru/page"],
  ["complaint: list", "/(warga)/warga/pengaduan/page"],
  ["complaint: detail", "/(warga)/warga/pengaduan/[id]/page"],
  ["kritik & saran (resident)", "/(warga)/warga/kritik-saran/page"],
  ["survey (resident)", "/(warga)/warga/survei/[requestId]/page"],
  ["reference: 404 page", "/_not-found/page"],
];

function chunksOf(route: string): { framework: string[]; own: string[] } {
  const dir = path.join(next, "server", "app", ...route.split("/").filter(Boolean));
  const build = JSON.parse(fs.readFileSync(path.join(dir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const source = fs.readFileSync(`${dir}_client-reference-manifest.js`, "utf8");
  const manifest = new Function("globalThis", `${source}; return globalThis.__RSC_MANIFEST;`)({}) as Record<string, { entryJSFiles: Record<string, string[]> }>;
  const framework = new Set(build.rootMainFiles);
  const own = new Set(Object.values(manifest[route].entryJSFiles).flat().filter((f) => !framework.has(f)));
  return { framework: [...framework], own: [...own] };
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(fs.readFileSync(path.join(next, file)), { level: 9 }).byteLength);
  return gzipCache.get(file)!;
}
const kb = (files: string[]) => files.reduce((sum, f) => sum + gzipSize(f), 0) / 1024;

if (!fs.existsSync(path.join(next, "BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}

let over = 0;
console.log(`First-load JS (gzip) from ${path.relative(root, next) || next}; a page's own JS must stay ≤ ${OWN_LIMIT_KB} KB`);
console.log(`  ${"framework".padStart(9)} ${"own".padStart(7)} ${"total".padStart(7)}  page`);
for (const [label, route] of routes) {
  try {
    const { framework, own } = chunksOf(route);
    const [f, o] = [kb(framework), kb(own)];
    const fails = o > OWN_LIMIT_KB && !label.startsWith("reference");
    if (fails) over++;
    console.log(`${fails ? "✖" : "✔"} ${f.toFixed(1).padStart(9)} ${o.toFixed(1).padStart(7)} ${(f + o).toFixed(1).padStart(7)}  ${label}  (${route})`);
  } catch (error) {
    over++;
    console.log(`? ${label}: cannot read the build manifest (${(error as Error).message})`);
  }
}
if (over) console.log(`${over} page(s) over ${OWN_LIMIT_KB} KB of own JavaScript`);
process.exit(over ? 1 : 0);
