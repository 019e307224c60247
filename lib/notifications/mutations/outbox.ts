import "server-only";
import { db } from "@/lib/db";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";

export type ClaimedDelivery = {
  id: string; officeId: string; userId: string | null; event: string; channel: NotificationChannel; idempotencyKey: string;
  address: string; locale: string; vars: Record<string, string | null>; link: string | null; attempts: number; maxAttempts: number;
  status: string;
};

/**
 * Claims up to `limit` due deliveries for this worker: queued or failed ones whose run_at has come,
 * and SENDING ones whose lease ran out (their worker died). FOR UPDATE SKIP LOCKED lets any number
 * of workers claim side by side without waiting on or double-claiming each other's rows.
 */
export async function claimDeliveries(workerId: string, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE notification_deliveries d
    SET status = 'SENDING', attempts = d.attempts + 1, locked_by = ${workerId},
        locked_until = (now() AT TIME ZONE 'UTC') + ${leaseMs}::int * interval '1 millisecond', updated_at = now() AT TIME ZONE 'UTC'
    FROM (
      SELECT id FROM notification_deliveries
      WHERE (status IN ('QUEUED', 'FAILED') AND run_at <= now() AT TIME ZONE 'UTC') OR (status = 'SENDING' AND locked_until < now() AT TIME ZONE 'UTC')
      ORDER BY run_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) c
    WHERE d.id = c.id
    RETURNING d.id, d.office_id AS "officeId", d.user_id AS "userId", d.event, d.channel, d.idempotency_key AS "idempotencyKey",
      d.address, d.locale, d.vars, d.link, d.attempts, d.max_attempts AS "maxAttempts", d.status`;
}

/** Only the worker holding the lease may finish a delivery; a reclaimed row answers false. */
export async function markSent(id: string, workerId: string, providerMessageId: string | null, sensitive: boolean): Promise<boolean> {
  const rows = await db.$executeRaw`
    UPDATE notification_deliveries
    SET status = 'SENT', sent_at = now() AT TIME ZONE 'UTC', provider_message_id = ${providerMessageId}, last_error = NULL,
        locked_until = NULL, updated_at = now() AT TIME ZONE 'UTC',
        vars = CASE WHEN ${sensitive} THEN '{}'::jsonb ELSE vars END, link = CASE WHEN ${sensitive} THEN NULL ELSE link END
    WHERE id = ${id} AND locked_by = ${workerId} AND status = 'SENDING'`;
  return rows === 1;
}

/** A failed attempt: back to FAILED with the next run_at, or DEAD when retrying cannot help or attempts are used up. */
export async function markFailed(id: string, workerId: string, error: string, retryAt: Date | null): Promise<void> {
  const at = retryAt ? retryAt.toISOString() : null;
  await db.$executeRaw`
    UPDATE notification_deliveries
    SET status = CASE WHEN ${at}::text IS NULL THEN 'DEAD'::"DeliveryStatus" ELSE 'FAILED'::"DeliveryStatus" END,
        run_at = COALESCE((${at}::timestamptz AT TIME ZONE 'UTC'), run_at), last_error = ${error.slice(0, 1000)}, locked_until = NULL, updated_at = now() AT TIME ZONE 'UTC'
    WHERE id = ${id} AND locked_by = ${workerId} AND status = 'SENDING'`;
}

export async function removePushSubscription(subscriptionId: string): Promise<void> {
  await db.pushSubscription.deleteMany({ where: { id: subscriptionId } });
}

export async function loadPushSubscription(subscriptionId: string) {
  return db.pushSubscription.findUnique({ where: { id: subscriptionId }, select: { endpoint: true, p256dh: true, auth: true } });
}

/** Office templates used by the worker, keyed "event|channel|locale". */
export async function loadOfficeTemplates(officeId: string) {
  const rows = await db.notificationTemplate.findMany({ where: { officeId }, select: { event: true, channel: true, locale: true, subject: true, body: true } });
  return new Map(rows.map((r) => [`${r.event}|${r.channel}|${r.locale}`, { subject: r.subject, body: r.body }]));
}
