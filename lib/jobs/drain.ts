// The drain of the generic job table: any domain that needs work done after its transaction
// (fetching an Open311 complaint's media, committing a large resident import) enqueues a job with
// enqueueJob(tx, kind, payload) and registers a handler for its kind in scripts/worker.ts.
import { retryDelayMs } from "./backoff";
import { claimJobs, extendJobLease, failJob, finishJob, type ClaimedJob } from "./mutations";
import { eachLimit, type Drain } from "./runner";

/** Thrown by a handler to say whether another attempt can help (a timeout may; a 404 will not). */
export class JobError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
  }
}

export type JobContext = {
  id: string;
  attempt: number;
  /** True on the attempt after which a failure is final: the handler records the outcome for people. */
  lastAttempt: boolean;
  /** Keeps the lease of a long job (call between chunks); false when another worker took it over. */
  keepAlive(): Promise<boolean>;
  /** True once the worker is shutting down: a long handler stops between chunks (throw a retryable JobError). */
  stopping(): boolean;
};

export type JobHandler = (payload: unknown, job: JobContext) => Promise<void>;

export type JobDrainOptions = { name?: string; signal?: AbortSignal; batchSize?: number; concurrency?: number; leaseMs?: number; retryBaseMs?: number; log?: (m: string) => void };

export function jobDrain(handlers: Record<string, JobHandler>, options: JobDrainOptions = {}): Drain {
  const batchSize = options.batchSize ?? 10;
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? 120_000;
  const retryBaseMs = options.retryBaseMs ?? Number(process.env.JOB_RETRY_BASE_MS ?? 30_000);
  const log = options.log ?? ((m: string) => console.log(`[jobs] ${m}`));
  const kinds = Object.keys(handlers);

  async function run(workerId: string, job: ClaimedJob) {
    const lastAttempt = job.attempts >= job.maxAttempts;
    try {
      await handlers[job.kind](job.payload, { id: job.id, attempt: job.attempts, lastAttempt, keepAlive: () => extendJobLease(job.id, workerId, leaseMs), stopping: () => Boolean(options.signal?.aborted) });
      if (!(await finishJob(job.id, workerId))) log(`job ${job.id} (${job.kind}) was reclaimed by another worker after its lease ran out`);
    } catch (error) {
      const retryable = !(error instanceof JobError) || error.retryable;
      const retryAt = retryable && !lastAttempt ? new Date(Date.now() + retryDelayMs(job.attempts, { baseMs: retryBaseMs })) : null;
      await failJob(job.id, workerId, (error as Error).message, retryAt);
      if (!retryAt) log(`job ${job.id} (${job.kind}) failed after ${job.attempts} attempt(s): ${(error as Error).message}`);
    }
  }

  return {
    name: options.name ?? "jobs",
    async runBatch(workerId) {
      const batch = await claimJobs(workerId, kinds, batchSize, leaseMs);
      await eachLimit(batch, concurrency, (job) => run(workerId, job));
      return batch.length;
    },
  };
}
