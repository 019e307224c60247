import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { channels } from "@/lib/realtime/channels";
import { publish } from "@/lib/realtime/mutations";

/**
 * Tells every app instance (PostgreSQL NOTIFY, on commit) that the office's queue changed, so the
 * TV board, the public status, ticket pages and loket screens re-read it. The event carries the
 * office id only: the channel is public and readers fetch the numbers through the status routes.
 */
export function announceQueueChange(tx: Prisma.TransactionClient, officeId: string): Promise<void> {
  return publish(tx, { channel: channels.queue(officeId), id: officeId });
}
