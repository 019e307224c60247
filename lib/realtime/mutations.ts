import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isChannel, isRef, PG_CHANNEL } from "./channels";

type Tx = Prisma.TransactionClient;

/**
 * Announces that `id` on `channel` changed. Runs inside the caller's transaction: the event row
 * and the NOTIFY become visible on commit and vanish with a rollback. No personal data: a channel
 * name and a record id only.
 */
export async function publish(tx: Tx, event: { channel: string; id: string }): Promise<void> {
  if (!isChannel(event.channel) || !isRef(event.id)) throw new Error(`realtime: bad channel or id ${event.channel} ${event.id}`);
  await tx.$executeRaw`
    WITH e AS (INSERT INTO realtime_events (channel, ref) VALUES (${event.channel}, ${event.id}) RETURNING seq, channel, ref)
    SELECT pg_notify(${PG_CHANNEL}, json_build_object('s', seq::text, 'c', channel, 'i', ref)::text) FROM e`;
}

/** Several at once, in one statement (same transaction). */
export async function publishAll(tx: Tx, events: { channel: string; id: string }[]): Promise<void> {
  if (events.length === 0) return;
  for (const event of events) if (!isChannel(event.channel) || !isRef(event.id)) throw new Error(`realtime: bad channel or id ${event.channel} ${event.id}`);
  await tx.$executeRaw`
    WITH e AS (
      INSERT INTO realtime_events (channel, ref)
      SELECT * FROM unnest(${events.map((e) => e.channel)}::text[], ${events.map((e) => e.id)}::text[])
      RETURNING seq, channel, ref
    )
    SELECT pg_notify(${PG_CHANNEL}, json_build_object('s', seq::text, 'c', channel, 'i', ref)::text) FROM e`;
}
