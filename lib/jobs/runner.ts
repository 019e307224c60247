// lib/jobs: the background work of the app on the same PostgreSQL. Jobs are outbox rows claimed
// with FOR UPDATE SKIP LOCKED (any number of worker processes) plus scheduled tasks that run at
// most once per interval across all instances (a lease row in job_runs). Domains never use this
// module: they write their rows inside their own transactions (e.g. notify()).
import crypto from "node:crypto";

export type Drain = {
  name: string;
  /** Claims and processes one batch; returns how many items it handled (0 = nothing due). */
  runBatch(workerId: string): Promise<number>;
};

export type Schedule = { name: string; everyMs: number; run(now: Date): Promise<void> };

export type WorkerOptions = {
  drains: Drain[];
  schedules?: Schedule[];
  /** Wait between polls when the queue is empty (a NOTIFY wakes the worker earlier). */
  idleMs?: number;
  /** Returns true when this process may run a schedule now (shared lease, see lib/jobs/mutations). */
  takeLease?: (name: string, everyMs: number) => Promise<boolean>;
  /** Resolves on every wake-up signal (LISTEN); optional. */
  subscribe?: (wake: () => void) => Promise<() => Promise<void>>;
  log?: (message: string) => void;
};

export type RunningWorker = { id: string; stop(): Promise<void>; done: Promise<void> };

/** Starts the loop; stop() finishes the batch in flight and resolves. */
export function startWorker(options: WorkerOptions): RunningWorker {
  const id = `${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
  const log = options.log ?? ((m: string) => console.log(`[worker] ${m}`));
  const idleMs = options.idleMs ?? 1000;
  let stopping = false;
  let wakeUp: (() => void) | null = null;
  const wake = () => wakeUp?.();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  const lastScheduleCheck = new Map<string, number>();
  async function runSchedules() {
    for (const s of options.schedules ?? []) {
      const last = lastScheduleCheck.get(s.name) ?? 0;
      if (Date.now() - last < Math.min(s.everyMs, 60_000)) continue;
      lastScheduleCheck.set(s.name, Date.now());
      try {
        if (options.takeLease && !(await options.takeLease(s.name, s.everyMs))) continue;
        await s.run(new Date());
      } catch (error) {
        log(`schedule ${s.name} failed: ${(error as Error).message}`);
      }
    }
  }

  const done = (async () => {
    const unsubscribe = options.subscribe ? await options.subscribe(wake).catch(() => null) : null;
    while (!stopping) {
      let handled = 0;
      for (const drain of options.drains) {
        try {
          handled += await drain.runBatch(id);
        } catch (error) {
          log(`${drain.name} batch failed: ${(error as Error).message}`);
          await sleep(idleMs);
        }
        if (stopping) break;
      }
      if (stopping) break;
      await runSchedules();
      if (handled === 0) await sleep(idleMs);
    }
    await unsubscribe?.();
  })();

  return {
    id,
    done,
    async stop() {
      stopping = true;
      wake();
      await done;
    },
  };
}

/** Runs `fn` over `items` with at most `concurrency` at a time. */
export async function eachLimit<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  await Promise.all(lanes);
}
