// The notification drain: claims due deliveries, renders and sends them through their channel, and
// records the outcome. Started by scripts/worker.ts (inside `npm start`, or alone with `npm run worker`).
//
// Exactly-once and its one window: a row is claimed (SENDING, attempts+1, a lease) in one statement;
// it is marked SENT only by the worker that still holds the lease. A worker that dies before the
// provider accepted leaves a SENDING row whose lease runs out; the next claim picks it up again, and
// nothing was sent. A worker that dies AFTER the provider accepted and BEFORE markSent is the one
// unavoidable window: the retry sends the message a second time. We shrink it (markSent right after
// the provider's answer, short batches) and hand the provider our idempotency key where it has one —
// the SMTP Message-ID (the same id on both copies, so mail clients and our mailbox can fold them), the
// SMS gateway's `Idempotency-Key` header / `ref` field, WhatsApp's biz_opaque_callback_data (echoed in
// status webhooks; the Cloud API itself has no deduplication), and the push `Topic` (a newer message
// with the same topic replaces an undelivered one).
import { eventSpec } from "./events";
import { retryDelayMs } from "@/lib/jobs/backoff";
import type { ChannelSet } from "./channels";
import { DeliveryError } from "./channels/types";
import {
  claimDeliveries, loadOfficeTemplates, loadPushSubscription, markFailed, markSent, removePushSubscription, type ClaimedDelivery,
} from "./mutations/outbox";
import { expandFanouts } from "./mutations/fanout";
import { renderDelivery } from "./render";
import type { Template } from "./templates";
import type { ChannelFilters } from "@/lib/jobs/listen";
import { eachLimit, type Drain } from "@/lib/jobs/runner";
import { channels as realtimeChannels, PG_CHANNEL } from "@/lib/realtime/channels";

/**
 * What wakes the notification drain (with `listen` from lib/jobs/listen.ts): a NOTIFY on
 * notification_deliveries (deliveries queued or due again, and fan-outs of events without an in-app
 * row, such as a password reset), and the in-app row's own realtime signal on lw_realtime, which
 * every event for an account sends anyway, so the caller's transaction carries one signal, not two
 * (notify_enqueue, migration 20261204200000). Other realtime signals (conversations, queues) do not wake it.
 */
export const NOTIFICATION_WAKE: ChannelFilters = {
  notification_deliveries: true,
  [PG_CHANNEL]: (payload) => {
    try {
      return String((JSON.parse(payload) as { c?: unknown }).c ?? "").startsWith(realtimeChannels.notifications(""));
    } catch {
      return false;
    }
  },
};

export type DrainOptions = { batchSize?: number; concurrency?: number; leaseMs?: number; retryBaseMs?: number; log?: (m: string) => void };

export function notificationDrain(channels: ChannelSet, options: DrainOptions = {}): Drain {
  const batchSize = options.batchSize ?? Number(process.env.NOTIFY_BATCH_SIZE ?? 50);
  const concurrency = options.concurrency ?? Number(process.env.NOTIFY_CONCURRENCY ?? 10);
  const leaseMs = options.leaseMs ?? Number(process.env.NOTIFY_LEASE_MS ?? 120_000);
  const retryBaseMs = options.retryBaseMs ?? Number(process.env.NOTIFY_RETRY_BASE_MS ?? 30_000);
  const log = options.log ?? ((m: string) => console.log(`[notifications] ${m}`));
  // Office templates change rarely; each process re-reads them every 30 s.
  const templates = new Map<string, { at: number; map: Map<string, Template> }>();
  async function officeTemplates(officeId: string) {
    const cached = templates.get(officeId);
    if (cached && Date.now() - cached.at < 30_000) return cached.map;
    const map = await loadOfficeTemplates(officeId);
    templates.set(officeId, { at: Date.now(), map });
    return map;
  }

  async function deliver(workerId: string, d: ClaimedDelivery) {
    try {
      const override = (await officeTemplates(d.officeId)).get(`${d.event}|${d.channel}|${d.locale}`);
      const rendered = renderDelivery({ ...d, channel: d.channel }, override);
      let to = d.address;
      if (d.channel === "PUSH") {
        const sub = await loadPushSubscription(d.address);
        if (!sub) throw new DeliveryError("push subscription removed", false);
        to = JSON.stringify({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } });
      }
      const result = await channels[d.channel].send({
        idempotencyKey: d.id, to, subject: rendered.subject, text: rendered.text, html: rendered.html, url: rendered.url, locale: d.locale, event: d.event,
      });
      const sensitive = eventSpec(d.event)?.category === "account";
      if (!(await markSent(d.id, workerId, result.providerMessageId, sensitive))) log(`delivery ${d.id} was reclaimed by another worker after its lease ran out`);
    } catch (error) {
      const e = error instanceof DeliveryError ? error : new DeliveryError((error as Error).message, true);
      if (e.gone && d.channel === "PUSH") await removePushSubscription(d.address);
      const retryAt = e.retryable && d.attempts < d.maxAttempts ? new Date(Date.now() + retryDelayMs(d.attempts, { baseMs: retryBaseMs })) : null;
      await markFailed(d.id, workerId, e.message, retryAt);
      if (!retryAt) log(`delivery ${d.id} (${d.channel}) is dead after ${d.attempts} attempt(s): ${e.message}`);
    }
  }

  return {
    name: "notifications",
    async runBatch(workerId) {
      const planned = await expandFanouts(200, log); // accounts' deliveries of events committed since the last batch
      const batch = await claimDeliveries(workerId, batchSize, leaseMs);
      await eachLimit(batch, concurrency, (d) => deliver(workerId, d));
      return planned + batch.length;
    },
  };
}
