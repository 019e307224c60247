import "server-only";
import { db } from "@/lib/db";
import { eventSpec } from "../events";
import { planDeliveries, type Preference } from "../recipients";
import { insertRows, notificationId, type FanoutPayload, type Row } from "./notify";

type Recipient = {
  id: string; name: string; email: string | null; phone: string | null; locale: string;
  prefs: Record<string, Preference>; subs: string[];
};

/**
 * Plans the outside-channel deliveries of up to `limit` fan-outs that notify() queued, oldest first:
 * per account its addresses and its preference for the event's category (or the default), one
 * queued delivery per (recipient, channel) under the same idempotency keys notify() always used.
 * The fan-out rows are claimed (FOR UPDATE SKIP LOCKED, so several workers never plan one twice)
 * and removed in the transaction that inserts their deliveries. Returns how many fan-outs it planned.
 */
export async function expandFanouts(limit = 200, log: (m: string) => void = (m) => console.warn(`[notifications] ${m}`)): Promise<number> {
  // The idle worker polls every second: a one-row index probe, not an empty interactive transaction.
  const [{ queued }] = await db.$queryRaw<{ queued: boolean }[]>`SELECT EXISTS (SELECT 1 FROM notification_fanouts) AS queued`;
  if (!queued) return 0;
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ payload: FanoutPayload }[]>`
      DELETE FROM notification_fanouts WHERE id IN (SELECT id FROM notification_fanouts ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING payload`;
    if (!claimed.length) return 0;
    const userIds = [...new Set(claimed.flatMap((c) => c.payload.recipients.map((r) => r.userId)))];
    const users = await tx.$queryRaw<Recipient[]>`
      SELECT u.id, u.name, u.email, u.phone, u.locale,
             COALESCE((SELECT jsonb_object_agg(p.category, jsonb_build_object('email', p.email, 'sms', p.sms, 'whatsapp', p.whatsapp, 'push', p.push))
                       FROM notification_preferences p WHERE p.user_id = u.id), '{}'::jsonb) AS prefs,
             ARRAY(SELECT s.id FROM push_subscriptions s WHERE s.user_id = u.id) AS subs
      FROM users u WHERE u.id = ANY(${userIds}::text[]) AND u.active`;
    const byId = new Map(users.map((u) => [u.id, u]));
    const deliveries: Row[] = [];
    for (const { payload: e } of claimed) {
      const spec = eventSpec(e.event);
      if (!spec) {
        // notify() refuses unknown events; a code rollback may leave one behind. Its in-app rows exist already.
        log(`fan-out ${e.key} dropped: unknown event ${e.event}`);
        continue;
      }
      const now = new Date(e.now);
      const common = { office_id: e.officeId, event: e.event, target_type: e.target?.type ?? null, target_id: e.target?.id ?? null };
      for (const r of e.recipients) {
        const u = byId.get(r.userId);
        if (!u) continue;
        const vars = { ...e.vars, nama: u.name };
        const preference = u.prefs[spec.category] ?? null;
        for (const d of planDeliveries(e.event, { email: u.email, phone: u.phone, pushSubscriptionIds: u.subs, preference }, now)) {
          deliveries.push({
            id: notificationId(), ...common, user_id: u.id, channel: d.channel, address: d.address, locale: u.locale, vars, link: r.link,
            idempotency_key: `${e.key}:${u.id}:${d.channel}${d.channel === "PUSH" ? `:${d.address}` : ""}`, run_at: d.runAt.toISOString(), created_at: e.now,
          });
        }
      }
    }
    if (deliveries.length) await insertRows(tx, [], deliveries, null);
    return claimed.length;
  });
}
