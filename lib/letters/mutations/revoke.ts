import "server-only";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyLetterChange } from "@/lib/notifications/mutations/hooks";
import { recordRequestEvent } from "@/lib/requests/mutations/events";
import { canRevoke } from "../policy";
import { LetterAbort, letterFail, type LetterFailure } from "../types";
import { draftContent, finalizeLetter, inTransaction } from "./issue";

async function lockFinal(tx: Prisma.TransactionClient, actor: Actor, letterId: string) {
  const rows = await tx.$queryRaw<{ id: string; office_id: string; status: string; request_id: string; number: string }[]>`
    SELECT id, office_id, status::text AS status, request_id, number FROM letters WHERE id = ${letterId} AND office_id = ${actor.officeId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new LetterAbort(letterFail("not_found"));
  if (!canRevoke(actor, { officeId: row.office_id, status: row.status })) throw new LetterAbort(letterFail(row.status === "FINAL" ? "forbidden" : "invalid_transition"));
  return row;
}


/** Revokes a final letter with a reason; its QR then shows "dicabut". */
export async function revokeLetter(actor: Actor, letterId: string, reason: string, now = new Date()): Promise<{ ok: true } | LetterFailure> {
  return inTransaction(async (tx) => {
    const row = await lockFinal(tx, actor, letterId);
    await tx.letter.update({ where: { id: letterId }, data: { status: "REVOKED", revokedAt: now, revokeReason: reason } });
    await recordRequestEvent(tx, { requestId: row.request_id, actorId: actor.userId, type: "request.letter_revoked", note: reason, data: { letterId, number: row.number } });
    // The resident is told in the same transaction (notifications outbox).
    await notifyLetterChange(tx, { requestId: row.request_id, letterId, number: row.number, reason, now });
    return { ok: true as const };
  });
}

/**
 * Replaces a final letter by a new one written from the request's current data and template: the
 * old one is revoked and points at the new number, the new one becomes the request's result.
 */
export async function replaceLetter(actor: Actor, letterId: string, reason: string, origin: string, now = new Date()): Promise<{ ok: true; letterId: string; number: string } | LetterFailure> {
  return inTransaction(async (tx) => {
    const row = await lockFinal(tx, actor, letterId);
    const { template, input, content } = await draftContent(tx, actor.officeId, row.request_id, now);
    const created = await tx.letter.create({
      data: {
        officeId: actor.officeId, serviceId: input.request.serviceId, requestId: row.request_id, templateId: template.id,
        status: "PENDING_APPROVAL", content: content as unknown as Prisma.InputJsonValue,
        subjectName: input.subject.name, subjectNik: input.subject.nik,
        signerName: template.signerName, signerPosition: template.signerPosition, createdById: actor.userId, approvedById: actor.userId,
      },
      select: { id: true },
    });
    const issued = await finalizeLetter(tx, actor, created.id, { origin, now, completes: false });
    await tx.letter.update({ where: { id: letterId }, data: { status: "REVOKED", revokedAt: now, revokeReason: reason, replacedById: created.id } });
    await tx.serviceRequest.update({ where: { id: row.request_id }, data: { resultFileId: issued.fileId, version: { increment: 1 } } });
    await recordRequestEvent(tx, { requestId: row.request_id, actorId: actor.userId, type: "request.letter_replaced", note: reason, data: { letterId, replacedBy: created.id, number: issued.number } });
    await notifyLetterChange(tx, { requestId: row.request_id, letterId, number: row.number, reason, replacementNumber: issued.number, now });
    return { ok: true as const, letterId: created.id, number: issued.number };
  });
}
