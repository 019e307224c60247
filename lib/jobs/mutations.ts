import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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

/** The database client or the transaction of the domain change that enqueues the job. */
type Tx = Pick<typeof db, "job">;

/**
 * Queues a job inside the caller's transaction, so it exists exactly when the change that needs it
 * commits (the jobs_queued trigger wakes the worker at commit). Handlers are registered in
 * scripts/worker.ts by kind.
 */
export async function enqueueJob(tx: Tx, kind: string, payload: Prisma.InputJsonValue, options: { maxAttempts?: number; runAt?: Date } = {}) {
  return tx.job.create({ data: { kind, payload, maxAttempts: options.maxAttempts ?? 3, runAt: options.runAt }, select: { id: true } });
}

export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number };

/** Claims due jobs of these kinds (and those whose worker's lease ran out) for `workerId`. */
export async function claimJobs(workerId: string, kinds: string[], limit: number, leaseMs: number): Promise<ClaimedJob[]> {
  if (!kinds.length) return [];
  return db.$queryRaw<ClaimedJob[]>`
    UPDATE jobs j
    SET status = 'RUNNING', attempts = j.attempts + 1, locked_by = ${workerId},
        locked_until = (now() AT TIME ZONE 'UTC') + ${leaseMs}::int * interval '1 millisecond', updated_at = now() AT TIME ZONE 'UTC'
    FROM (
      SELECT id FROM jobs
      WHERE kind = ANY(${kinds}::text[])
        AND ((status = 'QUEUED' AND run_at <= now() AT TIME ZONE 'UTC') OR (status = 'RUNNING' AND locked_until < now() AT TIME ZONE 'UTC'))
      ORDER BY run_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) c
    WHERE j.id = c.id
    RETURNING j.id, j.kind, j.payload, j.attempts, j.max_attempts AS "maxAttempts"`;
}

/** Only the worker holding the lease finishes a job; a reclaimed one answers false. */
export async function finishJob(id: string, workerId: string): Promise<boolean> {
  const rows = await db.$executeRaw`
    UPDATE jobs SET status = 'DONE', finished_at = now() AT TIME ZONE 'UTC', locked_until = NULL, last_error = NULL, updated_at = now() AT TIME ZONE 'UTC'
    WHERE id = ${id} AND locked_by = ${workerId} AND status = 'RUNNING'`;
  return rows === 1;
}

/** A failed attempt: queued again at `retryAt`, or FAILED for good when `retryAt` is null. */
export async function failJob(id: string, workerId: string, error: string, retryAt: Date | null): Promise<void> {
  const at = retryAt ? retryAt.toISOString() : null;
  await db.$executeRaw`
    UPDATE jobs SET status = (CASE WHEN ${at}::text IS NULL THEN 'FAILED' ELSE 'QUEUED' END)::"JobStatus",
      run_at = COALESCE(${at}::timestamptz AT TIME ZONE 'UTC', run_at), last_error = ${error.slice(0, 1000)}, locked_until = NULL,
      finished_at = CASE WHEN ${at}::text IS NULL THEN now() AT TIME ZONE 'UTC' ELSE NULL END, updated_at = now() AT TIME ZONE 'UTC'
    WHERE id = ${id} AND locked_by = ${workerId} AND status = 'RUNNING'`;
}

/** Moves a job's lease forward while a long handler (an import of many chunks) is still working. */
export async function extendJobLease(id: string, workerId: string, leaseMs: number): Promise<boolean> {
  const rows = await db.$executeRaw`
    UPDATE jobs SET locked_until = (now() AT TIME ZONE 'UTC') + ${leaseMs}::int * interval '1 millisecond', updated_at = now() AT TIME ZONE 'UTC'
    WHERE id = ${id} AND locked_by = ${workerId} AND status = 'RUNNING'`;
  return rows === 1;
}

/** Finished jobs are kept a while for operators (30 days done, 90 days failed), then removed. */
export async function pruneJobs(now = new Date()): Promise<number> {
  const day = 86_400_000;
  const { count } = await db.job.deleteMany({
    where: {
      OR: [
        { status: "DONE", finishedAt: { lt: new Date(now.getTime() - 30 * day) } },
        { status: "FAILED", finishedAt: { lt: new Date(now.getTime() - 90 * day) } },
      ],
    },
  });
  return count;
}
