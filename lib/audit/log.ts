import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canonicalTargetType, isViewAction, VIEW_DEDUP_SECONDS } from "./vocabulary";

export type AuditAction =
  | "resident.viewed"
  | "resident.created"
  | "resident.updated"
  | "resident.filed_at_other_office"
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
  now = new Date(),
) {
  const targetType = canonicalTargetType(target.type);
  await tx.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      officeId: actor?.officeId ?? null,
      action,
      targetType,
      targetId: target.id,
      ip: actor?.ip ?? null,
      userAgent: actor?.userAgent?.slice(0, 300) ?? null,
      details: details ?? undefined,
      createdAt: now,
    },
  });
}

/**
 * A staff view of a record's personal data (the request or complaint page, a file, a letter). A
 * refresh after an action is not a new look at the data: repeated views of the same record (and the
 * same file) by the same person within VIEW_DEDUP_SECONDS are one row.
 */
export async function recordView(
  actor: Pick<Actor, "userId" | "officeId" | "ip" | "userAgent">,
  action: AuditAction,
  target: { type: string; id: string },
  details?: Prisma.InputJsonValue,
  now = new Date(),
) {
  if (!isViewAction(action)) throw new Error(`recordView is for views, not ${action}`);
  const targetType = canonicalTargetType(target.type);
  // Check-then-insert under a transaction-scoped advisory lock on (person, action, record): two
  // renders of the same page at once (a refresh racing the first load, two app instances) see each
  // other's row instead of both inserting one.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${actor.userId}|${action}|${targetType}|${target.id}`}, 0))`;
    const recent = await tx.auditEvent.findFirst({
      where: {
        actorId: actor.userId, action, targetType, targetId: target.id,
        createdAt: { gt: new Date(now.getTime() - VIEW_DEDUP_SECONDS * 1000) },
        ...(details === undefined ? {} : { details: { equals: details } }),
      },
      select: { id: true },
    });
    if (!recent) await recordAudit(actor, action, target, details, tx, now);
  });
}
