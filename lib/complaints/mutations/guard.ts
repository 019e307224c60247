import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { allowedFrom, type ComplaintAction } from "../workflow";
import { fail, type Failure } from "./result";

/**
 * Applies a status change only if nobody changed the complaint since the caller loaded it
 * (optimistic concurrency on `version`) and the status still allows the action. When nothing
 * was updated, tells the two cases apart so the user gets the right message.
 */
export async function guardedUpdate(
  tx: Prisma.TransactionClient,
  where: { id: string; version: number },
  action: ComplaintAction,
  data: Prisma.ComplaintUncheckedUpdateManyInput,
): Promise<Failure | null> {
  const result = await tx.complaint.updateMany({
    where: { id: where.id, version: where.version, status: { in: allowedFrom(action) as ComplaintStatus[] } },
    data: { ...data, version: { increment: 1 } },
  });
  if (result.count === 1) return null;
  const now = await tx.complaint.findUnique({ where: { id: where.id }, select: { version: true } });
  if (!now) return fail("not_found");
  return now.version !== where.version ? fail("conflict") : fail("invalid_transition");
}
