import "server-only";
import { db } from "@/lib/db";
import type { RealtimeEvent } from "./channels";

/** Highest sequence announced so far (the cursor a fresh stream starts from). */
export async function latestSeq(): Promise<bigint> {
  const row = await db.realtimeEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return row?.seq ?? BigInt(0);
}

/**
 * Events on `channels` after `after`, oldest first. Sequence numbers are handed out before commit,
 * so a transaction can commit a lower number after a higher one was seen; the last few seconds are
 * therefore always replayed too (a repeated event only makes a client re-read once more).
 */
export async function eventsSince(channels: string[], after: bigint, limit = 500): Promise<RealtimeEvent[]> {
  if (channels.length === 0) return [];
  const rows = await db.realtimeEvent.findMany({
    where: { channel: { in: channels }, OR: [{ seq: { gt: after } }, { createdAt: { gt: new Date(Date.now() - 5_000) } }] },
    orderBy: { seq: "asc" },
    take: limit,
    select: { seq: true, channel: true, ref: true },
  });
  return rows.map((r) => ({ seq: r.seq.toString(), channel: r.channel, id: r.ref }));
}

/** Drops events older than a day (replay only needs the last few minutes). */
export async function pruneEvents(olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  const { count } = await db.realtimeEvent.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - olderThanMs) } } });
  return count;
}
