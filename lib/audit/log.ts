import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction =
  | "resident.viewed"
  | "resident.created"
  | "resident.updated"
  | "user.created"
  | "user.updated"
  | "user.deactivated"
  | "user.password_reset_issued"
  | "user.password_changed"
  | "request.personal_data_viewed"
  | "request.file_viewed"
  | "complaint.reporter_revealed"
  | "complaint.personal_data_viewed"
  | (string & {});

/**
 * Records who viewed or changed personal data (UU 27/2022). Pass a transaction client to make the
 * audit entry part of the change itself.
 */
export async function recordAudit(
  actor: Pick<Actor, "userId" | "officeId" | "ip" | "userAgent"> | null,
  action: AuditAction,
  target: { type: string; id: string },
  details?: Prisma.InputJsonValue,
  tx: Prisma.TransactionClient = db,
) {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      officeId: actor?.officeId ?? null,
      action,
      targetType: target.type,
      targetId: target.id,
      ip: actor?.ip ?? null,
      userAgent: actor?.userAgent?.slice(0, 300) ?? null,
      details: details ?? undefined,
    },
  });
}
