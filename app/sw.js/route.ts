import fs from "node:fs";
import path from "node:path";
import { serviceWorkerSource } from "@/lib/pwa/service-worker";

// /sw.js: the service worker, with this build's id so each deployment is a new version.
let source: string | null = null;

function buildId(): string {
  try {
    return fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

export function GET() {
  source ??= serviceWorkerSource(buildId());
  return new Response(source, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // The browser must see a new deployment's worker at once.
      "Cache-Control": "no-cache",
      "Service-Worker-Allowed": "/",
    },
  });
}
