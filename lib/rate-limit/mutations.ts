import "server-only";
import { db } from "@/lib/db";

export type RateLimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one hit for `key` in a fixed window and says whether it is within `limit`. One atomic
 * statement, so parallel hits on several app instances cannot all slip through a read-then-write gap.
 */
export async function consumeRateLimit(key: string, limitPerCaller: number, windowSeconds: number): Promise<RateLimitOutcome> {
  const limit = limitPerCaller * rateLimitScale();
  const rows = await db.$queryRaw<{ hits: number; retry: number }[]>`
    INSERT INTO rate_limits (key, window_start, hits, updated_at)
    VALUES (${key}, now(), 1, now())
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE rate_limits.hits + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE rate_limits.window_start END,
      updated_at = now()
    RETURNING hits,
      GREATEST(1, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => ${windowSeconds}) - now()))))::int AS retry`;
  const row = rows[0];
  if (Math.random() < 0.01) void pruneRateLimits().catch(() => {});
  if (!row || row.hits <= limit) return { ok: true };
  return { ok: false, retryAfterSeconds: row.retry };
}

/** Windows that ended more than a day ago carry no information any more. */
export async function pruneRateLimits(): Promise<number> {
  return db.$executeRaw`DELETE FROM rate_limits WHERE updated_at < now() - interval '1 day'`;
}

/** RATE_LIMIT_SCALE multiplies every limit (e.g. 100 for load and end-to-end tests that all come from one address). */
function rateLimitScale(): number {
  const n = Number(process.env.RATE_LIMIT_SCALE ?? 1);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}
