import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { channels, PG_CHANNEL } from "@/lib/realtime/channels";
import { eventSpec, type EventKey } from "../events";
import { planDeliveries, type Preference } from "../recipients";

export type Recipient =
  /** An account: name, addresses, language and preferences come from the database. */
  | { userId: string; link?: string | null }
  /** A walk-in resident without an account: only outside channels, default preferences. */
  | { contact: { key: string; name: string; email?: string | null; phone?: string | null; locale?: string }; link?: string | null };

export type NotifyEvent = {
  event: EventKey;
  officeId: string;
  /** Identifies the occurrence (e.g. "request.completed:<id>:v3"); with recipient and channel it is the idempotency key. */
  key: string;
  recipients: Recipient[];
  /** Template variables other than {nama} (per recipient) and {tautan} (built from `link` when sent). */
  vars: Record<string, string | null | undefined>;
  link?: string | null;
  target?: { type: string; id: string };
  now?: Date;
  /**
   * Send later (a reminder): the in-app row appears and the deliveries run at this time (quiet
   * hours counted from it). Withdraw it before then with cancelScheduled(tx, key).
   */
  at?: Date;
};

/**
 * Both tables in ONE statement (a data-modifying CTE over two JSON arrays), which also announces
 * each inserted in-app row on its recipient's realtime channel (realtime_events + pg_notify, sent
 * on commit; the open bell re-reads its count): the enqueue cost added to the caller's transaction
 * is this round trip plus the recipients' SELECT. Timestamps travel as UTC ISO strings into
 * timestamp columns (PostgreSQL ignores the "Z" for timestamp without time zone).
 */
async function insertRows(tx: Prisma.TransactionClient, inbox: Row[], deliveries: Row[]) {
  await tx.$queryRaw`
    WITH inbox AS (
      INSERT INTO notifications (id, office_id, user_id, event, dedupe_key, vars, link, target_type, target_id, created_at)
      SELECT id, office_id, user_id, event, dedupe_key, vars, link, target_type, target_id, created_at
      FROM jsonb_to_recordset(${JSON.stringify(inbox)}::jsonb) AS x(id text, office_id text, user_id text, event text, dedupe_key text, vars jsonb, link text, target_type text, target_id text, created_at timestamp)
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING id, user_id
    ), deliveries AS (
      INSERT INTO notification_deliveries (id, office_id, user_id, event, channel, idempotency_key, address, locale, vars, link, target_type, target_id, run_at, created_at, updated_at)
      SELECT id, office_id, user_id, event, channel::"NotificationChannel", idempotency_key, address, locale, vars, link, target_type, target_id, run_at, created_at, created_at
      FROM jsonb_to_recordset(${JSON.stringify(deliveries)}::jsonb) AS x(id text, office_id text, user_id text, event text, channel text, idempotency_key text, address text, locale text, vars jsonb, link text, target_type text, target_id text, run_at timestamp, created_at timestamp)
      ON CONFLICT (idempotency_key) DO NOTHING
    ), signals AS (
      INSERT INTO realtime_events (channel, ref) SELECT ${channels.notifications("")} || user_id, id FROM inbox RETURNING seq, channel, ref
    )
    SELECT count(*)::int AS n FROM (SELECT pg_notify(${PG_CHANNEL}, json_build_object('s', seq::text, 'c', channel, 'i', ref)::text) FROM signals) AS sent`;
}

type Row = Record<string, string | null | Record<string, unknown>>;

type UserRow = {
  id: string; name: string; email: string | null; phone: string | null; locale: string;
  p_email: boolean | null; p_sms: boolean | null; p_whatsapp: boolean | null; p_push: boolean | null; subs: string[];
};

const id = () => `n${crypto.randomBytes(12).toString("base64url")}`;

/**
 * Records an event for its recipients INSIDE the caller's transaction: the in-app inbox rows and
 * one queued delivery per (recipient, outside channel). If the caller's change rolls back, so do
 * these rows; once it commits, the worker delivers them. Re-running with the same `key` adds
 * nothing (unique idempotency keys, ON CONFLICT DO NOTHING).
 */
export async function notify(tx: Prisma.TransactionClient, e: NotifyEvent): Promise<{ inApp: number; deliveries: number }> {
  const spec = eventSpec(e.event);
  if (!spec) throw new Error(`unknown notification event ${e.event}`);
  const now = e.at ?? e.now ?? new Date();
  const userIds = [...new Set(e.recipients.flatMap((r) => ("userId" in r ? [r.userId] : [])))];
  const users = userIds.length
    ? await tx.$queryRaw<UserRow[]>`
        SELECT u.id, u.name, u.email, u.phone, u.locale,
               p.email AS p_email, p.sms AS p_sms, p.whatsapp AS p_whatsapp, p.push AS p_push,
               ARRAY(SELECT s.id FROM push_subscriptions s WHERE s.user_id = u.id) AS subs
        FROM users u
        LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.category = ${spec.category}
        WHERE u.id = ANY(${userIds}::text[]) AND u.active`
    : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  const inbox: Row[] = [];
  const deliveries: Row[] = [];
  const at = now.toISOString();
  const common = { office_id: e.officeId, event: e.event, target_type: e.target?.type ?? null, target_id: e.target?.id ?? null };
  const inAppWanted = spec.category !== "account";
  for (const r of e.recipients) {
    const link = r.link ?? e.link ?? null;
    if ("userId" in r) {
      const u = byId.get(r.userId);
      if (!u) continue;
      const vars = { ...e.vars, nama: u.name };
      if (inAppWanted) inbox.push({ id: id(), ...common, user_id: u.id, dedupe_key: `${e.key}:${u.id}`, vars, link, created_at: at });
      const preference: Preference | null = u.p_email === null ? null : { email: !!u.p_email, sms: !!u.p_sms, whatsapp: !!u.p_whatsapp, push: !!u.p_push };
      for (const d of planDeliveries(e.event, { email: u.email, phone: u.phone, pushSubscriptionIds: u.subs, preference }, now)) {
        deliveries.push({
          id: id(), ...common, user_id: u.id, channel: d.channel, address: d.address, locale: u.locale, vars, link,
          idempotency_key: `${e.key}:${u.id}:${d.channel}${d.channel === "PUSH" ? `:${d.address}` : ""}`, run_at: d.runAt.toISOString(), created_at: at,
        });
      }
    } else {
      const c = r.contact;
      const vars = { ...e.vars, nama: c.name };
      for (const d of planDeliveries(e.event, { email: c.email ?? null, phone: c.phone ?? null, pushSubscriptionIds: [], preference: null }, now)) {
        deliveries.push({
          id: id(), ...common, user_id: null, channel: d.channel, address: d.address, locale: c.locale ?? "id", vars, link,
          idempotency_key: `${e.key}:${c.key}:${d.channel}`, run_at: d.runAt.toISOString(), created_at: at,
        });
      }
    }
  }
  if (inbox.length || deliveries.length) await insertRows(tx, inbox, deliveries);
  return { inApp: inbox.length, deliveries: deliveries.length };
}

/**
 * Withdraws what notify() scheduled under `key` and has not happened yet: in-app rows whose time
 * has not come and deliveries still queued (e.g. a booking's reminder once the booking is cancelled).
 */
export async function cancelScheduled(tx: Prisma.TransactionClient, key: string, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await tx.$executeRaw`DELETE FROM notifications WHERE starts_with(dedupe_key, ${`${key}:`}) AND created_at > ${at}::timestamp`;
  await tx.$executeRaw`DELETE FROM notification_deliveries WHERE starts_with(idempotency_key, ${`${key}:`}) AND status = 'QUEUED'`;
}
