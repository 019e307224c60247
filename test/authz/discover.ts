// The app's own list of entry points, read from the source tree: every page.tsx and route.ts under
// app/ (with the HTTP methods a route handler exports) and every exported function of a
// "use server" module under lib/. The authorization matrix (test/authz/matrix.ts) must name each.
// Plain Node (no Next, no Prisma): used by the vitest coverage check and the Playwright spec alike.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

export type DiscoveredRoute = { kind: "page" | "route"; pattern: string; file: string; methods: string[] };
export type DiscoveredAction = { key: string; file: string; name: string };

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
      walk(full, out);
    } else out.push(full);
  }
  return out;
}

/** "app/(warga)/warga/permohonan/[id]/page.tsx" → "/warga/permohonan/[id]" (route groups dropped). */
export function patternOf(file: string): string {
  const parts = file.split("/").slice(1, -1).filter((p) => !(p.startsWith("(") && p.endsWith(")")));
  return "/" + parts.join("/");
}

const METHOD = /export\s+(?:async\s+function|const|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g;
const REEXPORT = /export\s*\{([^}]*)\}/g;

function methodsOf(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(METHOD)) found.add(m[1]);
  for (const m of source.matchAll(REEXPORT)) {
    for (const name of m[1].split(",").map((s) => s.trim().split(/\s+as\s+/).pop()!)) {
      if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)) found.add(name);
    }
  }
  return [...found].sort();
}

// Metadata files Next serves as GET routes (app/manifest.ts → /manifest.webmanifest, …).
const METADATA: Record<string, string> = { manifest: "manifest.webmanifest", robots: "robots.txt", sitemap: "sitemap.xml" };

export function discoverRoutes(): DiscoveredRoute[] {
  return walk(path.join(root, "app"))
    .map((full) => path.relative(root, full).split(path.sep).join("/"))
    .flatMap((file): DiscoveredRoute[] => {
      const name = path.basename(file).replace(/\.(tsx?|jsx?)$/, "");
      if (!/\.(tsx?|jsx?)$/.test(file)) return [];
      if (name === "page") return [{ kind: "page", pattern: patternOf(file), file, methods: ["GET"] }];
      if (name === "route") return [{ kind: "route", pattern: patternOf(file), file, methods: methodsOf(fs.readFileSync(path.join(root, file), "utf8")) }];
      if (name in METADATA) return [{ kind: "route", pattern: `${patternOf(file)}/${METADATA[name]}`.replace("//", "/"), file, methods: ["GET"] }];
      return [];
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

const EXPORTED = /^export\s+(?:const|async\s+function|function)\s+(\w+)/gm;

/** Every exported function of a "use server" module under lib/ (server actions are public POST endpoints). */
export function discoverActions(): DiscoveredAction[] {
  const out: DiscoveredAction[] = [];
  for (const full of walk(path.join(root, "lib"))) {
    if (!/\.tsx?$/.test(full) || /\.test\.tsx?$/.test(full)) continue;
    const source = fs.readFileSync(full, "utf8");
    const body = source.replace(/^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*/, "");
    if (!/^["']use server["']/.test(body)) continue;
    const file = path.relative(root, full).split(path.sep).join("/");
    for (const m of source.matchAll(EXPORTED)) out.push({ key: `${file}#${m[1]}`, file, name: m[1] });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
