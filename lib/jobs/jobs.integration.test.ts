// The generic job table: one claim per job across workers, a dead worker's job reclaimed after
// its lease, only the lease holder finishing it, retries until max_attempts, and old jobs pruned.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { JobError, jobDrain } from "./drain";
import { claimJobs, enqueueJob, finishJob, pruneJobs } from "./mutations";

describe("jobs", () => {
  it("two workers never claim the same job; an expired lease is reclaimed and the old holder cannot finish it", async () => {
    for (let i = 0; i < 3; i++) await enqueueJob(db, "test.claim", { i });
    const [a, b] = await Promise.all([claimJobs("w1", ["test.claim"], 2, 60_000), claimJobs("w2", ["test.claim"], 2, 60_000)]);
    const ids = [...a, ...b].map((j) => j.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);

    const dead = a[0];
    await db.job.update({ where: { id: dead.id }, data: { lockedUntil: new Date(Date.now() - 1000) } }); // w1 died
    const [again] = await claimJobs("w3", ["test.claim"], 5, 60_000);
    expect(again).toMatchObject({ id: dead.id, attempts: 2 });
    expect(await finishJob(dead.id, "w1")).toBe(false);
    expect(await finishJob(dead.id, "w3")).toBe(true);
  });

  it("retries what may pass, stops at max_attempts, and gives up at once when retrying cannot help", async () => {
    const flaky = await enqueueJob(db, "test.flaky", {}, { maxAttempts: 3 });
    const hopeless = await enqueueJob(db, "test.hopeless", {});
    const seen: string[] = [];
    const drain = jobDrain(
      {
        "test.flaky": async (_p, job) => {
          seen.push(`flaky ${job.attempt}${job.lastAttempt ? " last" : ""}`);
          throw new Error("timeout");
        },
        "test.hopeless": async () => {
          seen.push("hopeless");
          throw new JobError("404", false);
        },
      },
      { retryBaseMs: 0, log: () => {} },
    );
    while ((await drain.runBatch("w")) > 0);
    expect(seen.sort()).toEqual(["flaky 1", "flaky 2", "flaky 3 last", "hopeless"]);
    const rows = await db.job.findMany({ where: { id: { in: [flaky.id, hopeless.id] } }, select: { kind: true, status: true, attempts: true, lastError: true } });
    expect(rows.sort((x, y) => x.kind.localeCompare(y.kind))).toEqual([
      { kind: "test.flaky", status: "FAILED", attempts: 3, lastError: "timeout" },
      { kind: "test.hopeless", status: "FAILED", attempts: 1, lastError: "404" },
    ]);
  });

  it("prunes done jobs after 30 days and failed ones after 90", async () => {
    const day = 86_400_000;
    const now = new Date();
    const old = await db.job.create({ data: { kind: "test.prune", status: "DONE", finishedAt: new Date(now.getTime() - 31 * day) } });
    const recent = await db.job.create({ data: { kind: "test.prune", status: "DONE", finishedAt: new Date(now.getTime() - 2 * day) } });
    const failed = await db.job.create({ data: { kind: "test.prune", status: "FAILED", finishedAt: new Date(now.getTime() - 31 * day) } });
    const queued = await db.job.create({ data: { kind: "test.prune", createdAt: new Date(now.getTime() - 100 * day) } });
    await pruneJobs(now);
    const left = (await db.job.findMany({ where: { kind: "test.prune" }, select: { id: true } })).map((j) => j.id).sort();
    expect(left).toEqual([recent.id, failed.id, queued.id].sort());
    expect(left).not.toContain(old.id);
  });
});
