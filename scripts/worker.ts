// The background worker: `npm run worker` (its own process, for deployments with several app
// instances) or started beside the app by `npm start` (scripts/serve.mjs). Needs DATABASE_URL.
// Run with: node --conditions react-server --import tsx scripts/worker.ts
// Ctrl-C / SIGTERM: stops claiming, finishes the deliveries in flight, exits. Work left queued (or
// claimed by a killed worker, once its lease runs out) is picked up by the next start.
import { channelsFromEnv } from "../lib/notifications/channels";
import { startMailboxServer } from "../lib/notifications/mailbox";
import { NOTIFICATION_WAKE, notificationDrain } from "../lib/notifications/worker";
import { slaSchedule } from "../lib/notifications/mutations/sla";
import { privacyEscalationSchedule } from "../lib/residents/privacy/mutations";
import { noShowSchedule } from "../lib/antrian/mutations/expire";
import { newsDueSchedule } from "../lib/news/schedule";
import { listen } from "../lib/jobs/listen";
import { pruneJobs, takeLease } from "../lib/jobs/mutations";
import { startWorker } from "../lib/jobs/runner";
import { jobDrain } from "../lib/jobs/drain";
import { FETCH_MEDIA_JOB, fetchComplaintMediaHandler } from "../lib/complaints/mutations/media";
import { IMPORT_COMMIT_JOB } from "../lib/residents/import/mutations";
import { commitImportJob } from "../lib/residents/import/commit-job";
import { vapidKeys } from "../lib/notifications/channels/vapid";

const log = (m: string) => console.log(`[worker] ${m}`);

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm run worker uses it, or the embedded database of scripts/with-db.mjs)");
  let smtpUrl = process.env.SMTP_URL;
  let mailbox: { close(): Promise<void> } | null = null;
  if (!smtpUrl) {
    const server = await startMailboxServer({ port: Number(process.env.MAILBOX_SMTP_PORT ?? 0) });
    mailbox = server;
    smtpUrl = `smtp://127.0.0.1:${server.port}`;
    log(`no SMTP_URL: e-mails go to the local mailbox (SMTP on 127.0.0.1:${server.port}, readable at /admin/kotak-surat)`);
  }
  vapidKeys(); // generated into .data/vapid.json on first start when not configured
  const channels = channelsFromEnv(process.env, smtpUrl);
  const idleMs = Number(process.env.NOTIFY_POLL_MS ?? 1000);
  const onJobs = (wake: () => void) => listen(url, "jobs", wake);
  // Three loops side by side, so a long import never holds up notifications or media fetches.
  const worker = startWorker({
    drains: [notificationDrain(channels)],
    schedules: [slaSchedule(), privacyEscalationSchedule(), noShowSchedule(), newsDueSchedule(), { name: "jobs-prune", everyMs: 86_400_000, run: async (now) => void (await pruneJobs(now)) }],
    idleMs,
    takeLease,
    subscribe: (wake) => listen(url, NOTIFICATION_WAKE, wake),
    log,
  });
  const quickJobs = startWorker({ drains: [jobDrain({ [FETCH_MEDIA_JOB]: fetchComplaintMediaHandler() }, { name: "jobs" })], idleMs, subscribe: onJobs, log });
  const shutdown = new AbortController();
  const longJobs = startWorker({
    drains: [jobDrain({ [IMPORT_COMMIT_JOB]: commitImportJob }, { name: "long-jobs", batchSize: 1, concurrency: 1, signal: shutdown.signal })],
    idleMs,
    subscribe: onJobs,
    log,
  });
  log(`started (${worker.id})`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing deliveries in flight`);
    shutdown.abort(); // a long import stops after its current chunk and is queued again
    await Promise.all([worker.stop(), quickJobs.stop(), longJobs.stop()]);
    await Promise.all(Object.values(channels).map((c) => c.close?.()));
    await mailbox?.close();
    log("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(`[worker] ${(error as Error).message}`);
  process.exit(1);
});
