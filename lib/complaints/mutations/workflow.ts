import "server-only";
import { canFollowUpComplaint, staffComplaintWhere } from "../policy";
import { notifyComplaintEvent } from "@/lib/notifications/mutations/hooks";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import { jakartaDateKey, jakartaInstant } from "@/lib/calendar/working-days";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import type { disposeSchema, followUpSchema, rejectSchema, verifySchema, completeSchema } from "../schema";
import { trackDueDate } from "../sla";
import { normalizeTicket } from "../ticket";
import { canTransition, type ComplaintAction } from "../workflow";
import { guardedUpdate } from "./guard";
import { discardPhotos, storeComplaintPhotos, type PhotoUpload } from "./photos";
import { fail, type Failure } from "./result";
import type { z } from "zod";

type Done = { ok: true; version: number; status: ComplaintStatus };

/** The complaint as the caller's office knows it; another office's complaint is "not_found". */
async function loadForStaff(actor: Actor, id: string) {
  if (!can(actor.role, "complaint.handle")) return null;
  return db.complaint.findFirst({
    where: { AND: [{ id }, staffComplaintWhere(actor)] },
    select: { id: true, officeId: true, status: true, version: true, unitId: true, track: true },
  });
}

async function precheck(actor: Actor, id: string, version: number, action: ComplaintAction) {
  const complaint = await loadForStaff(actor, id);
  if (!complaint) return { failure: fail(can(actor.role, "complaint.handle") ? "not_found" : "forbidden") } as const;
  if (complaint.version !== version) return { failure: fail("conflict") } as const;
  if (!canTransition(action, complaint.status)) return { failure: fail("invalid_transition") } as const;
  return { complaint } as const;
}

export async function verifyComplaint(actor: Actor, input: z.output<typeof verifySchema>): Promise<Done | Failure> {
  const pre = await precheck(actor, input.id, input.version, "verify");
  if (pre.failure) return pre.failure;
  return db.$transaction(async (tx) => {
    const calendar = await loadOfficeCalendar(pre.complaint.officeId, tx);
    const now = new Date();
    const failure = await guardedUpdate(tx, input, "verify", {
      status: "VERIFIED",
      track: input.track,
      verifiedAt: now,
      dueAt: trackDueDate(now, input.track, calendar),
    });
    if (failure) return failure;
    await tx.complaintEvent.create({
      data: { complaintId: input.id, actorId: actor.userId, type: "complaint.verified", fromStatus: "SUBMITTED", toStatus: "VERIFIED", note: input.note ?? null, data: { track: input.track } },
    });
    await notifyComplaintEvent(tx, { complaintId: input.id, type: "complaint.verified", actorId: actor.userId, occurrence: `v${input.version + 1}` }); // notifications (issue 10)
    return { ok: true as const, version: input.version + 1, status: "VERIFIED" as const };
  });
}

export async function rejectComplaint(actor: Actor, input: z.output<typeof rejectSchema>): Promise<Done | Failure> {
  const pre = await precheck(actor, input.id, input.version, "reject");
  if (pre.failure) return pre.failure;
  let duplicateOfId: string | null = null;
  if (input.reason === "DUPLICATE") {
    const ticket = normalizeTicket(input.duplicateTicket ?? "");
    const original = ticket ? await db.complaint.findFirst({ where: { ticket, officeId: actor.officeId, NOT: { id: input.id } }, select: { id: true } }) : null;
    if (!original) return fail("invalid", { duplicateTicket: "ticket_unknown" });
    duplicateOfId = original.id;
  }
  const referredTo = input.reason === "NOT_AUTHORITY" ? (input.referredTo ?? null) : null;
  return db.$transaction(async (tx) => {
    const failure = await guardedUpdate(tx, input, "reject", {
      status: "REJECTED",
      rejectReason: input.reason,
      rejectNote: input.note ?? null,
      duplicateOfId,
      referredTo,
    });
    if (failure) return failure;
    await tx.complaintEvent.create({
      data: {
        complaintId: input.id, actorId: actor.userId, type: "complaint.rejected", fromStatus: pre.complaint.status, toStatus: "REJECTED",
        note: input.note ?? null, data: { reason: input.reason, duplicateTicket: duplicateOfId ? normalizeTicket(input.duplicateTicket ?? "") : null, referredTo },
      },
    });
    await notifyComplaintEvent(tx, { complaintId: input.id, type: "complaint.rejected", actorId: actor.userId, occurrence: `v${input.version + 1}` }); // notifications (issue 10)
    return { ok: true as const, version: input.version + 1, status: "REJECTED" as const };
  });
}

export async function disposeComplaint(actor: Actor, input: z.output<typeof disposeSchema>): Promise<Done | Failure> {
  const pre = await precheck(actor, input.id, input.version, "dispose");
  if (pre.failure) return pre.failure;
  const unit = await db.unit.findFirst({ where: { id: input.unitId, officeId: actor.officeId, active: true }, select: { id: true, name: true } });
  if (!unit) return fail("invalid", { unitId: "required" });
  return db.$transaction(async (tx) => {
    const calendar = await loadOfficeCalendar(pre.complaint.officeId, tx);
    if (input.dueDate < jakartaDateKey(new Date())) return fail("invalid", { dueDate: "past" });
    const dueAt = jakartaInstant(input.dueDate, calendar.closeTime);
    const failure = await guardedUpdate(tx, input, "dispose", { status: "DISPOSED", unitId: unit.id });
    if (failure) return failure;
    await tx.complaintDisposition.create({
      data: { complaintId: input.id, unitId: unit.id, instruction: input.instruction, note: input.note ?? null, dueAt, createdById: actor.userId },
    });
    // The instruction note is for the unit only; the public timeline shows just which unit handles it.
    await tx.complaintEvent.create({
      data: {
        complaintId: input.id, actorId: actor.userId, type: "complaint.disposed", fromStatus: pre.complaint.status, toStatus: "DISPOSED",
        data: { unitId: unit.id, unitName: unit.name, instruction: input.instruction, dueAt: dueAt.toISOString() },
      },
    });
    await notifyComplaintEvent(tx, { complaintId: input.id, type: "complaint.disposed", actorId: actor.userId, occurrence: `v${input.version + 1}` }); // notifications (issue 10)
    return { ok: true as const, version: input.version + 1, status: "DISPOSED" as const };
  });
}

export async function recordFollowUp(actor: Actor, input: z.output<typeof followUpSchema>, photos: PhotoUpload[] = []): Promise<Done | Failure> {
  const pre = await precheck(actor, input.id, input.version, "followUp");
  if (pre.failure) return pre.failure;
  const unitId = pre.complaint.unitId;
  if (!unitId || !canFollowUpComplaint(actor, unitId)) return fail("forbidden");
  if (input.actionDate > jakartaDateKey(new Date())) return fail("invalid", { actionDate: "future" });
  const stored = await storeComplaintPhotos(photos, pre.complaint.officeId, actor.userId, "hasil");
  if (!stored.ok) return fail("upload", { photos: stored.error });
  // Photos are stored before the transaction; whatever stops it (a conflict, an error) removes them again.
  const result = await saveFollowUp(actor, input, unitId, pre.complaint.status, stored.fileIds).catch(async (error) => {
    await discardPhotos(stored.fileIds);
    throw error;
  });
  if (!result.ok) await discardPhotos(stored.fileIds);
  return result;
}

function saveFollowUp(actor: Actor, input: z.output<typeof followUpSchema>, unitId: string, from: ComplaintStatus, fileIds: string[]): Promise<Done | Failure> {
  return db.$transaction(async (tx) => {
    const failure = await guardedUpdate(tx, input, "followUp", { status: "FOLLOWED_UP" });
    if (failure) return failure;
    const followUp = await tx.complaintFollowUp.create({
      data: { complaintId: input.id, unitId, actionDate: new Date(`${input.actionDate}T00:00:00Z`), note: input.note, createdById: actor.userId },
      select: { id: true },
    });
    if (fileIds.length) {
      await tx.complaintAttachment.createMany({ data: fileIds.map((fileId) => ({ complaintId: input.id, followUpId: followUp.id, fileId })) });
    }
    await tx.complaintEvent.create({
      data: {
        complaintId: input.id, actorId: actor.userId, type: "complaint.followed_up", fromStatus: from, toStatus: "FOLLOWED_UP",
        note: input.note, data: { followUpId: followUp.id, actionDate: input.actionDate },
      },
    });
    await notifyComplaintEvent(tx, { complaintId: input.id, type: "complaint.followed_up", actorId: actor.userId, occurrence: `v${input.version + 1}` }); // notifications (issue 10)
    return { ok: true as const, version: input.version + 1, status: "FOLLOWED_UP" as const };
  });
}

export async function completeComplaint(actor: Actor, input: z.output<typeof completeSchema>): Promise<Done | Failure> {
  const pre = await precheck(actor, input.id, input.version, "complete");
  if (pre.failure) return pre.failure;
  return db.$transaction(async (tx) => {
    const failure = await guardedUpdate(tx, input, "complete", { status: "COMPLETED", completedAt: new Date() });
    if (failure) return failure;
    await tx.complaintEvent.create({
      data: { complaintId: input.id, actorId: actor.userId, type: "complaint.completed", fromStatus: "FOLLOWED_UP", toStatus: "COMPLETED", note: input.note },
    });
    await notifyComplaintEvent(tx, { complaintId: input.id, type: "complaint.completed", actorId: actor.userId, occurrence: `v${input.version + 1}` }); // notifications (issue 10)
    return { ok: true as const, version: input.version + 1, status: "COMPLETED" as const };
  });
}
