import "server-only";
import { loadActor } from "@/lib/auth/actor";
import { JobError, type JobHandler } from "@/lib/jobs/drain";
import { commitImportChunk } from "./mutations";

/**
 * The worker's side of a large import (queued by startImportCommit): applies chunk after chunk as
 * the staff member who started it, with that person's rights checked again on every chunk, and keeps
 * the job's lease between chunks. Progress lives in the import row, so a retry after a crash or a
 * redeploy continues after the last chunk that committed.
 */
export const commitImportJob: JobHandler = async (payload, job) => {
  const { importId, userId } = payload as { importId: string; userId: string };
  const actor = await loadActor(userId);
  if (!actor) throw new JobError("the account that started the import can no longer act", false);
  for (;;) {
    const step = await commitImportChunk(actor, importId);
    if (!step.ok) throw new JobError(`import commit: ${step.error}`, false);
    if (step.done) return;
    if (job.stopping()) throw new JobError("worker stopping; the next start continues after the last chunk", true);
    if (!(await job.keepAlive())) return; // another worker took the job over after our lease ran out
  }
};
