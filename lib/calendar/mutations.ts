import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Call in the same transaction as any change to an office's holidays, hours or SLA warning:
 * every instance's cached calendar (./data.ts) sees the new version and reloads.
 */
export async function bumpCalendarVersion(tx: Prisma.TransactionClient, officeId: string): Promise<void> {
  await tx.office.update({ where: { id: officeId }, data: { calendarVersion: { increment: 1 } } });
}
