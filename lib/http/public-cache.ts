import "server-only";
import crypto from "node:crypto";
import { unstable_cache } from "next/cache";
import { cacheVersions } from "@/lib/http/cache-version/data";

/**
 * How long public pages' data (catalogue, service standards, statistics) may be served from the
 * cache. Each app instance keeps its own copy, keyed by the tags' versions in PostgreSQL
 * (cache_versions, read once per request): an edit bumps the version (lib/action expireTag), so
 * every instance misses and reloads at once; this lifetime only bounds changes made outside the
 * actions (scripts, a restore, time passing, e.g. news expiring).
 */
export function publicCacheSeconds(): number {
  const n = Number(process.env.PUBLIC_CACHE_SECONDS ?? 120);
  return Number.isFinite(n) && n >= 0 ? n : 120;
}

const DATE = "\u0000date:";

// Next keeps these entries on disk (.next/cache) across restarts: the key names the database, so
// a server started on another database (a restore, the e2e run's fresh one) never reads them.
const databaseKey = () => crypto.createHash("sha256").update(process.env.DATABASE_URL ?? "").digest("hex").slice(0, 16);

/**
 * Caches a public, per-argument read for publicCacheSeconds(). Values pass through JSON, with
 * Dates kept as Dates (unstable_cache alone would hand back strings on a hit but Dates on a miss).
 */
export function publicCache<Args extends (string | number)[], T>(fn: (...args: Args) => Promise<T>, key: string, tags: string[]) {
  const seconds = publicCacheSeconds();
  // Outside a Next server (scripts, tests) there is no cache to use.
  if (seconds === 0 || !process.env.NEXT_RUNTIME) return fn;
  const serialized = async (...args: Args) =>
    JSON.stringify(await fn(...args), function (this: Record<string, unknown>, k, v) {
      const raw = this[k];
      return raw instanceof Date ? DATE + raw.toISOString() : v;
    });
  return async (...args: Args): Promise<T> => {
    const versions = await cacheVersions();
    const version = tags.map((t) => `${t}@${versions[t] ?? 0}`).join(",");
    const cached = unstable_cache(serialized, [key, databaseKey(), version], { revalidate: seconds, tags });
    return JSON.parse(await cached(...args), (_k, v) => (typeof v === "string" && v.startsWith(DATE) ? new Date(v.slice(DATE.length)) : v)) as T;
  };
}
