import "server-only";
import { db } from "@/lib/db";

/**
 * True for exactly one caller per interval across every worker process: the row's last_run_at moves
 * forward only when the previous run is at least `everyMs` old (an atomic conditional upsert).
 */
export async function takeLease(name: string, everyMs: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    INSERT INTO job_runs (name, last_run_at) VALUES (${name}, now() AT TIME ZONE 'UTC')
    ON CONFLICT (name) DO UPDATE SET last_run_at = EXCLUDED.last_run_at
    WHERE job_runs.last_run_at <= (now() AT TIME ZONE 'UTC') - ${everyMs}::int * interval '1 millisecond'
    RETURNING name`;
  return rows.length === 1;
}
