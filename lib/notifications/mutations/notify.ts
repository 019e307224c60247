import "server-only";
import crypto from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { channels, PG_CHANNEL } from "@/lib/realtime/channels";
import { eventSpec, type EventKey } from "../events";
import { planDeliveries } from "../recipients";

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
 * The caller's whole enqueue in ONE round trip (the PL/pgSQL function notify_enqueue over JSON
 * arrays, which keeps its statements' plans per connection and skips the parts with no rows, see
 * its migrations): the in-app
 * rows of active accounts (their name joined in as {nama}), the deliveries already planned (walk-in
 * contacts), and one fan-out row for the accounts' outside channels, which need their addresses and
 * preferences: the worker plans those right after commit (./fanout.ts), so the caller's transaction
 * pays one round trip, not two. Each inserted in-app row is announced on its recipient's realtime
 * channel (realtime_events + pg_notify, sent on commit). Timestamps travel as UTC ISO strings into
 * timestamp columns (PostgreSQL ignores the "Z" for timestamp without time zone).
 */
export async function insertRows(tx: Prisma.TransactionClient, inbox: Row[], deliveries: Row[], fanout: { key: string; payload: FanoutPayload } | null): Promise<number> {
  const [{ n }] = await tx.$queryRaw<{ n: number }[]>`
    SELECT notify_enqueue(${JSON.stringify(inbox)}::jsonb, ${JSON.stringify(deliveries)}::jsonb, ${JSON.stringify(fanout ? [fanout] : [])}::jsonb, ${SIGNAL_CHANNELS}) AS n`;
  return n;
}

/**
 * The realtime channel prefix and the pg_notify channel, written into the statement as literals:
 * they never change, and each bound parameter costs the client time on every status change.
 */
const sqlLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;
const SIGNAL_CHANNELS = Prisma.raw(`${sqlLiteral(channels.notifications(""))}, ${sqlLiteral(PG_CHANNEL)}`);

export type Row = Record<string, string | null | Record<string, unknown>>;

/** What the worker needs to plan an event's deliveries to accounts (./fanout.ts). */
export type FanoutPayload = {
  event: EventKey; key: string; officeId: string; now: string;
  recipients: { userId: string; link: string | null }[];
  vars: Record<string, string | null | undefined>; target: { type: string; id: string } | null;
};

export const notificationId = () => `n${crypto.randomBytes(12).toString("base64url")}`;

/**
 * Records an event for its recipients INSIDE the caller's transaction: the in-app inbox rows, the
 * queued deliveries of walk-in contacts, and the fan-out of the accounts' outside channels, which
 * the worker turns into one queued delivery per (recipient, channel) right after commit. If the
 * caller's change rolls back, so does all of it. Re-running with the same `key` adds nothing
 * (unique dedupe and idempotency keys, ON CONFLICT DO NOTHING). Returns the in-app rows added.
 */
export async function notify(tx: Prisma.TransactionClient, e: NotifyEvent): Promise<{ inApp: number }> {
  const spec = eventSpec(e.event);
  if (!spec) throw new Error(`unknown notification event ${e.event}`);
  const now = e.at ?? e.now ?? new Date();
  const at = now.toISOString();
  const common = { office_id: e.officeId, event: e.event, target_type: e.target?.type ?? null, target_id: e.target?.id ?? null };
  const accounts = new Map<string, string | null>();
  for (const r of e.recipients) if ("userId" in r && !accounts.has(r.userId)) accounts.set(r.userId, r.link ?? e.link ?? null);
  const inbox: Row[] = spec.category === "account" ? [] : [...accounts].map(([userId, link]) => ({
    id: notificationId(), ...common, user_id: userId, dedupe_key: `${e.key}:${userId}`, vars: { ...e.vars }, link, created_at: at,
  }));
  const deliveries: Row[] = [];
  for (const r of e.recipients) {
    if ("userId" in r) continue;
    const c = r.contact;
    const vars = { ...e.vars, nama: c.name };
    for (const d of planDeliveries(e.event, { email: c.email ?? null, phone: c.phone ?? null, pushSubscriptionIds: [], preference: null }, now)) {
      deliveries.push({
        id: notificationId(), ...common, user_id: null, channel: d.channel, address: d.address, locale: c.locale ?? "id", vars, link: r.link ?? e.link ?? null,
        idempotency_key: `${e.key}:${c.key}:${d.channel}`, run_at: d.runAt.toISOString(), created_at: at,
      });
    }
  }
  const fanout = accounts.size
    ? { key: e.key, payload: { event: e.event, key: e.key, officeId: e.officeId, now: at, recipients: [...accounts].map(([userId, link]) => ({ userId, link })), vars: e.vars, target: e.target ?? null } }
    : null;
  if (!inbox.length && !deliveries.length && !fanout) return { inApp: 0 };
  return { inApp: await insertRows(tx, inbox, deliveries, fanout) };
}

/**
 * Withdraws what notify() scheduled under `key` and has not happened yet: in-app rows whose time
 * has not come and deliveries still queued (e.g. a booking's reminder once the booking is cancelled).
 */
export async function cancelScheduled(tx: Prisma.TransactionClient, key: string, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await tx.$executeRaw`DELETE FROM notifications WHERE starts_with(dedupe_key, ${`${key}:`}) AND created_at > ${at}::timestamp`;
  await tx.$executeRaw`DELETE FROM notification_deliveries WHERE starts_with(idempotency_key, ${`${key}:`}) AND status = 'QUEUED'`;
  await tx.$executeRaw`DELETE FROM notification_fanouts WHERE key = ${key}`;
}
