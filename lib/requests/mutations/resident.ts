import "server-only";
import { claimKey, rememberAnswer } from "@/lib/idempotency/mutations";
import type { Actor } from "@/lib/auth/types";
import { resumeSla } from "@/lib/requests/sla";
import { dueDate } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import { deleteUnreferencedFiles } from "@/lib/storage/cleanup";
import { isApplicant as isResident, ownRequestWhere } from "../policy";
import { changedFieldsOf, correctionsAskedAt, pendingCorrections, pendingSubjectCorrections } from "../corrections";
import { checkCompleteness, parseCorrections, pickFieldValues } from "../fields";
import type { Relation, RequestActionResult } from "../schema";
import { OUTSIDE_KK, type Subject } from "../subject";
import { normaliseTargets, targetOfRelation } from "@/lib/catalogue/targets";
import { canTransition } from "../workflow";
import { recordRequestEvent } from "./events";
import { notifyRequestEvent } from "@/lib/notifications/mutations/hooks";
import { nextRegistrationNumber } from "./numbering";

type Tx = Prisma.TransactionClient;
// Submissions queue on the office's sequence row; give them room when many arrive at once.
const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 };
export const EDITABLE: RequestStatus[] = ["DRAFT", "NEEDS_CORRECTION"];

/** The applicant's own account has been matched to the register and marked verified by staff. */
async function isVerifiedAccount(client: Pick<typeof db, "residentProfile">, actor: Actor) {
  if (!actor.residentId) return false;
  const profile = await client.residentProfile.findUnique({ where: { id: actor.residentId }, select: { userId: true, verifiedAt: true } });
  return Boolean(profile?.verifiedAt && profile.userId === actor.userId);
}

/**
 * Starts (or resumes) a draft for the resident, a member of the same KK, or a person outside the
 * KK (relation OUTSIDE_KK, with their name and NIK; residentId is then the applicant's own), as
 * far as the service allows that target.
 */
export async function startDraft(
  actor: Actor,
  input: { serviceId: string; residentId: string; relation: Relation | typeof OUTSIDE_KK; subject?: Subject | null },
): Promise<RequestActionResult<{ id: string; resumed: boolean }>> {
  if (!isResident(actor)) return { ok: false, error: "forbidden" };
  const service = await db.service.findFirst({
    where: { id: input.serviceId, active: true, office: { active: true } },
    select: { id: true, officeId: true, unitId: true, requiresVerifiedAccount: true, subjectTargets: true },
  });
  if (!service) return { ok: false, error: "not_found" };
  if (service.requiresVerifiedAccount && !(await isVerifiedAccount(db, actor))) return { ok: false, error: "not_verified" };
  const targets = normaliseTargets(service.subjectTargets);
  if (!targets.includes(targetOfRelation(input.relation))) return { ok: false, error: "target_not_allowed" };

  const outside = input.relation === OUTSIDE_KK;
  const self = input.residentId === actor.residentId;
  if (outside) {
    if (!self || !input.subject) return { ok: false, error: "invalid", fieldErrors: { relation: "relation_mismatch" } };
    const problem = await outsideSubjectProblem(actor, input.subject.nik, targets.includes("HOUSEHOLD"));
    if (problem) return { ok: false, error: "invalid", fieldErrors: { subjectNik: problem } };
  } else if (self !== (input.relation === "SELF")) return { ok: false, error: "invalid", fieldErrors: { relation: "relation_mismatch" } };
  if (!self) {
    const [me, other] = await Promise.all([
      db.residentProfile.findUnique({ where: { id: actor.residentId }, select: { kkNumber: true } }),
      db.residentProfile.findUnique({ where: { id: input.residentId }, select: { kkNumber: true } }),
    ]);
    // Only people on the same family card; anyone else is "not found".
    if (!me || !other || me.kkNumber !== other.kkNumber) return { ok: false, error: "not_found" };
  }

  const existing = await db.serviceRequest.findFirst({
    // One draft per person: for someone outside the KK, per their NIK.
    where: { applicantId: actor.userId, serviceId: service.id, residentId: input.residentId, subjectNik: input.subject?.nik ?? null, status: "DRAFT" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (existing) return { ok: true, id: existing.id, resumed: true };

  const id = await db.$transaction(async (tx) => {
    const row = await tx.serviceRequest.create({
      data: {
        officeId: service.officeId,
        serviceId: service.id,
        unitId: service.unitId,
        residentId: input.residentId,
        applicantId: actor.userId,
        relation: input.relation,
        subjectName: input.subject?.name ?? null,
        subjectNik: input.subject?.nik ?? null,
        subjectRelation: input.subject?.relation ?? null,
        channel: "WEB",
        status: "DRAFT",
      },
      select: { id: true },
    });
    await recordRequestEvent(tx, { requestId: row.id, actorId: actor.userId, type: "request.created", toStatus: "DRAFT" });
    return row.id;
  });
  return { ok: true, id, resumed: false };
}

/**
 * Why this NIK cannot be "another person": it is the applicant's own, or (when the service also
 * allows KK members) it belongs to someone on the applicant's KK, who is chosen from the list instead.
 */
export async function outsideSubjectProblem(actor: Actor, nik: string, householdAllowed: boolean, client: Pick<Tx, "residentProfile"> = db) {
  const me = await client.residentProfile.findUnique({ where: { id: actor.residentId! }, select: { nik: true, kkNumber: true } });
  if (!me) return "subject_is_self";
  if (me.nik === nik) return "subject_is_self";
  if (householdAllowed && (await client.residentProfile.count({ where: { kkNumber: me.kkNumber, nik } }))) return "subject_in_household";
  return null;
}

async function loadEditable(tx: Tx, actor: Actor, id: string) {
  return tx.serviceRequest.findFirst({
    where: { AND: [{ id }, ownRequestWhere(actor)] },
    select: {
      id: true,
      status: true,
      officeId: true,
      data: true,
      pausedAt: true,
      service: { select: { requirements: { where: { active: true }, select: { id: true, kind: true, code: true, required: true, fieldType: true, options: true, acceptTypes: true, maxSizeKb: true } } } },
    },
  });
}

const dataOf = (value: Prisma.JsonValue): Record<string, string> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : {};

/** Autosave: merges typed values into a draft (or a request being corrected). Completeness waits for submit. */
export async function saveDraftValues(actor: Actor, id: string, values: Record<string, unknown>): Promise<RequestActionResult> {
  if (!isResident(actor)) return { ok: false, error: "forbidden" };
  return db.$transaction(async (tx) => {
    const request = await loadEditable(tx, actor, id);
    if (!request) return { ok: false, error: "not_found" } as const;
    if (!EDITABLE.includes(request.status)) return { ok: false, error: "invalid_transition" } as const;
    const fields = request.service.requirements.filter((r) => r.kind === "FIELD");
    const data = { ...dataOf(request.data), ...pickFieldValues(fields, values) };
    const saved = await tx.serviceRequest.updateMany({ where: { id, status: { in: EDITABLE } }, data: { data } });
    return saved.count ? ({ ok: true } as const) : ({ ok: false, error: "invalid_transition" } as const);
  });
}

/**
 * Takes current files off a requirement. Only a file the office has seen becomes a previous
 * version (current=false): one replaced while drafting, or uploaded during this correction round
 * and replaced again before sending, is simply gone (row now, bytes after the transaction).
 */
async function retireAttachments(tx: Tx, request: { id: string; status: RequestStatus; pausedAt: Date | null }, where: Prisma.RequestAttachmentWhereInput) {
  const rows = await tx.requestAttachment.findMany({ where: { ...where, requestId: request.id, current: true }, select: { id: true, fileId: true, createdAt: true } });
  let seenSince: Date | null = null;
  if (request.status === "NEEDS_CORRECTION") {
    const asked = await tx.requestEvent.findFirst({ where: { requestId: request.id, type: "request.correction_requested" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    seenSince = correctionsAskedAt(asked?.createdAt, request.pausedAt);
  }
  const unseen = rows.filter((r) => request.status === "DRAFT" || (seenSince !== null && r.createdAt > seenSince));
  const seen = rows.filter((r) => !unseen.includes(r));
  if (unseen.length) await tx.requestAttachment.deleteMany({ where: { id: { in: unseen.map((r) => r.id) } } });
  if (seen.length) await tx.requestAttachment.updateMany({ where: { id: { in: seen.map((r) => r.id) } }, data: { current: false } });
  return { count: rows.length, droppedFiles: unseen.map((r) => r.fileId) };
}

/** Links an already-ingested file to a requirement; a previous file the office has seen stays as history. */
export async function attachFile(
  actor: Actor,
  id: string,
  requirementId: string,
  fileId: string,
): Promise<RequestActionResult<{ attachmentId: string }>> {
  if (!isResident(actor)) return { ok: false, error: "forbidden" };
  const result = await db.$transaction(async (tx) => {
    const request = await loadEditable(tx, actor, id);
    if (!request) return { ok: false, error: "not_found" } as const;
    if (!EDITABLE.includes(request.status)) return { ok: false, error: "invalid_transition" } as const;
    const requirement = request.service.requirements.find((r) => r.id === requirementId && r.kind === "DOCUMENT");
    if (!requirement) return { ok: false, error: "not_found" } as const;
    const retired = await retireAttachments(tx, request, { requirementId });
    const row = await tx.requestAttachment.create({ data: { requestId: id, requirementId, fileId, current: true }, select: { id: true } });
    return { ok: true as const, attachmentId: row.id, droppedFiles: retired.droppedFiles };
  }, TX_OPTIONS);
  if (!result.ok) return result;
  await deleteUnreferencedFiles(result.droppedFiles).catch(() => 0);
  return { ok: true, attachmentId: result.attachmentId };
}

/** Upload rules of a requirement the resident may upload to now (for ingestUpload). */
export async function uploadTarget(actor: Actor, id: string, requirementId: string) {
  if (!isResident(actor)) return null;
  const request = await loadEditable(db, actor, id);
  if (!request || !EDITABLE.includes(request.status)) return null;
  const requirement = request.service.requirements.find((r) => r.id === requirementId && r.kind === "DOCUMENT");
  if (!requirement) return null;
  return { officeId: request.officeId, accept: requirement.acceptTypes, maxBytes: requirement.maxSizeKb * 1024 };
}

/** Takes a file off a requirement (kept in history once the office has seen it); only while the request is editable. */
export async function removeAttachment(actor: Actor, id: string, attachmentId: string): Promise<RequestActionResult> {
  if (!isResident(actor)) return { ok: false, error: "forbidden" };
  const result = await db.$transaction(async (tx) => {
    const request = await loadEditable(tx, actor, id);
    if (!request) return { ok: false, error: "not_found" } as const;
    if (!EDITABLE.includes(request.status)) return { ok: false, error: "invalid_transition" } as const;
    const done = await retireAttachments(tx, request, { id: attachmentId });
    return done.count ? ({ ok: true, droppedFiles: done.droppedFiles } as const) : ({ ok: false, error: "not_found" } as const);
  });
  if (!result.ok) return result;
  await deleteUnreferencedFiles(result.droppedFiles).catch(() => 0);
  return { ok: true };
}

async function completenessErrors(tx: Tx, request: NonNullable<Awaited<ReturnType<typeof loadEditable>>>) {
  const current = await tx.requestAttachment.findMany({ where: { requestId: request.id, current: true }, select: { requirementId: true } });
  return checkCompleteness(request.service.requirements, dataOf(request.data), new Set(current.map((a) => a.requirementId)));
}

/** DRAFT → SUBMITTED: registration number, due date on the office calendar, timeline entry. */
type Submitted = { requestId: string; number: string; dueAt: string };

/**
 * DRAFT → SUBMITTED. With an idempotency key (made by the form once per submission and sent again
 * with every retry, e.g. after a lost answer or on another app instance) a repeat of a submission
 * that already went through answers the first one's number instead of "already sent".
 */
export async function submitRequest(actor: Actor, id: string, now = new Date(), idempotencyKey?: string): Promise<RequestActionResult<{ number: string; dueAt: Date }>> {
  if (!isResident(actor)) return { ok: false, error: "forbidden" };
  const once = idempotencyKey ? { scope: "request.submit", userId: actor.userId, key: idempotencyKey } : undefined;
  return db.$transaction(async (tx) => {
    if (once) {
      const claim = await claimKey<Submitted>(tx, once);
      if (!claim.first && claim.answer) {
        if (claim.answer.requestId !== id) return { ok: false, error: "not_found" } as const;
        return { ok: true, number: claim.answer.number, dueAt: new Date(claim.answer.dueAt) } as const;
      }
    }
    const request = await loadEditable(tx, actor, id);
    if (!request) return { ok: false, error: "not_found" } as const;
    if (!canTransition("submit", request.status)) return { ok: false, error: "invalid_transition" } as const;
    // Checked again here: the service may have started to require it after the draft was begun.
    const rule = await tx.serviceRequest.findUniqueOrThrow({ where: { id }, select: { relation: true, service: { select: { requiresVerifiedAccount: true, subjectTargets: true } } } });
    if (rule.service.requiresVerifiedAccount && !(await isVerifiedAccount(tx, actor))) return { ok: false, error: "not_verified" } as const;
    // Likewise "for whom": a draft begun for someone the service no longer allows is held here.
    if (!normaliseTargets(rule.service.subjectTargets).includes(targetOfRelation(rule.relation))) return { ok: false, error: "target_not_allowed" } as const;
    const errors = await completenessErrors(tx, request);
    if (Object.keys(errors).length) return { ok: false, error: "incomplete", fieldErrors: errors } as const;

    // Claim the draft first: a double tap or a second tab finds it no longer DRAFT.
    const claimed = await tx.serviceRequest.updateMany({ where: { id, status: "DRAFT" }, data: { status: "SUBMITTED", version: { increment: 1 } } });
    if (claimed.count === 0) return { ok: false, error: "invalid_transition" } as const;

    const full = await tx.serviceRequest.findUniqueOrThrow({
      where: { id },
      select: { office: { select: { id: true, code: true } }, service: { select: { durationValue: true, durationUnit: true } } },
    });
    const calendar = await loadOfficeCalendar(full.office.id, tx, now);
    const due = dueDate(now, { value: full.service.durationValue, unit: full.service.durationUnit }, calendar);
    const number = await nextRegistrationNumber(tx, full.office, now);
    await tx.serviceRequest.update({ where: { id }, data: { number, submittedAt: now, dueAt: due } });
    await recordRequestEvent(tx, { requestId: id, actorId: actor.userId, type: "request.submitted", fromStatus: "DRAFT", toStatus: "SUBMITTED", at: now });
    await notifyRequestEvent(tx, { requestId: id, type: "request.submitted", actorId: actor.userId, occurrence: "1", now }); // notifications (issue 10)
    if (once) await rememberAnswer(tx, once, { requestId: id, number, dueAt: due.toISOString() } satisfies Submitted);
    return { ok: true, number, dueAt: due } as const;
  }, TX_OPTIONS);
}

/**
 * NEEDS_CORRECTION → SUBMITTED after the resident fixed what staff asked; the SLA clock resumes.
 * With an idempotency key (the phone's outbox), a resend of a resubmission that went through answers ok.
 */
export async function resubmitRequest(actor: Actor, id: string, now = new Date(), idempotencyKey?: string): Promise<RequestActionResult> {
  if (!isResident(actor)) return { ok: false, error: "forbidden" };
  const once = idempotencyKey ? { scope: "request.resubmit", userId: actor.userId, key: idempotencyKey } : undefined;
  return db.$transaction(async (tx) => {
    if (once) {
      const claim = await claimKey<{ requestId: string }>(tx, once);
      if (!claim.first && claim.answer) return claim.answer.requestId === id ? ({ ok: true } as const) : ({ ok: false, error: "not_found" } as const);
    }
    const request = await loadEditable(tx, actor, id);
    if (!request) return { ok: false, error: "not_found" } as const;
    if (!canTransition("resubmit", request.status)) return { ok: false, error: "invalid_transition" } as const;
    const errors = await completenessErrors(tx, request);
    if (Object.keys(errors).length) return { ok: false, error: "incomplete", fieldErrors: errors } as const;

    const row = await tx.serviceRequest.findUniqueOrThrow({ where: { id }, select: { corrections: true, pausedAt: true, dueAt: true, officeId: true } });
    const asked = await tx.requestEvent.findFirst({
      where: { requestId: id, toStatus: "NEEDS_CORRECTION" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { createdAt: true },
    });
    // Every document staff flagged must have a file uploaded after they asked (the same rule the form shows).
    const corrections = parseCorrections(row.corrections);
    const attachments = await tx.requestAttachment.findMany({ where: { requestId: id, current: true }, select: { requirementId: true, current: true, createdAt: true } });
    const pending: Record<string, string> = pendingCorrections({
      corrections,
      requirements: request.service.requirements,
      attachments,
      since: correctionsAskedAt(asked?.createdAt, row.pausedAt),
    });
    const since = correctionsAskedAt(asked?.createdAt, row.pausedAt);
    // And every field of the other person staff pointed at must have been changed since (changeSubject).
    const subjectChanges = since ? await tx.requestEvent.findMany({ where: { requestId: id, type: "request.subject_changed", createdAt: { gt: since } }, select: { data: true } }) : [];
    const subjectPending = pendingSubjectCorrections(corrections, subjectChanges.flatMap((e) => changedFieldsOf(e.data)), since);
    // Files first (fixed on this form); then the other person's fields (fixed on the for-whom page).
    if (Object.keys(pending).length) return { ok: false, error: "corrections_pending", fieldErrors: { ...pending, ...subjectPending } } as const;
    if (Object.keys(subjectPending).length) return { ok: false, error: "subject_pending", fieldErrors: subjectPending } as const;

    // Same rule as the back office: the due date moves by the working days spent waiting on the resident.
    const sla = await resumeSla(tx, row, now);
    const moved = await tx.serviceRequest.updateMany({
      where: { id, status: "NEEDS_CORRECTION" },
      data: { status: "SUBMITTED", corrections: Prisma.DbNull, ...sla, version: { increment: 1 } },
    });
    if (moved.count === 0) return { ok: false, error: "invalid_transition" } as const;
    await recordRequestEvent(tx, {
      requestId: id,
      actorId: actor.userId,
      type: "request.resubmitted",
      fromStatus: "NEEDS_CORRECTION",
      toStatus: "SUBMITTED",
      data: { corrections } as unknown as Prisma.InputJsonValue,
      at: now,
    });
    if (once) await rememberAnswer(tx, once, { requestId: id });
    return { ok: true } as const;
  }, TX_OPTIONS);
}

/** One button on the form (and the phone's outbox): a draft is submitted, a corrected request is resubmitted. */
export async function submitOrResubmit(actor: Actor, id: string, idempotencyKey?: string) {
  const first = await submitRequest(actor, id, undefined, idempotencyKey);
  if (first.ok || first.error !== "invalid_transition") return first;
  return resubmitRequest(actor, id, undefined, idempotencyKey);
}

/** The resident withdraws a request before processing starts. */
export async function cancelRequest(actor: Actor, id: string, reason?: string | null): Promise<RequestActionResult> {
  if (!isResident(actor)) return { ok: false, error: "forbidden" };
  return db.$transaction(async (tx) => {
    const request = await tx.serviceRequest.findFirst({ where: { AND: [{ id }, ownRequestWhere(actor)] }, select: { status: true } });
    if (!request) return { ok: false, error: "not_found" } as const;
    if (!canTransition("cancel", request.status)) return { ok: false, error: "invalid_transition" } as const;
    const now = new Date();
    const moved = await tx.serviceRequest.updateMany({
      where: { id, status: request.status },
      data: { status: "CANCELLED", closedAt: now, pausedAt: null, version: { increment: 1 } },
    });
    if (moved.count === 0) return { ok: false, error: "conflict" } as const;
    await recordRequestEvent(tx, {
      requestId: id,
      actorId: actor.userId,
      type: "request.cancelled",
      fromStatus: request.status,
      toStatus: "CANCELLED",
      note: reason?.slice(0, 500) ?? null,
      at: now,
    });
    return { ok: true } as const;
  });
}

/** Deletes an unsent draft with its uploads. Returns the file ids to clean up after commit. */
export async function discardDraft(actor: Actor, id: string): Promise<RequestActionResult<{ fileIds: string[] }>> {
  if (!isResident(actor)) return { ok: false, error: "forbidden" };
  return db.$transaction(async (tx) => {
    const draft = await tx.serviceRequest.findFirst({
      where: { id, applicantId: actor.userId, status: "DRAFT" },
      select: { id: true, attachments: { select: { fileId: true } } },
    });
    if (!draft) return { ok: false, error: "not_found" } as const;
    await tx.serviceRequest.delete({ where: { id } });
    return { ok: true, fileIds: draft.attachments.map((a) => a.fileId) } as const;
  });
}

/** The resident confirms they received the result (downloaded or picked up). */
export async function confirmReceipt(actor: Actor, id: string): Promise<RequestActionResult> {
  if (!isResident(actor)) return { ok: false, error: "forbidden" };
  return db.$transaction(async (tx) => {
    const request = await tx.serviceRequest.findFirst({ where: { AND: [{ id }, ownRequestWhere(actor)] }, select: { status: true, receivedAt: true } });
    if (!request) return { ok: false, error: "not_found" } as const;
    if (request.status !== "COMPLETED" || request.receivedAt) return { ok: false, error: "invalid_transition" } as const;
    const now = new Date();
    const done = await tx.serviceRequest.updateMany({ where: { id, status: "COMPLETED", receivedAt: null }, data: { receivedAt: now, closedAt: now } });
    if (done.count === 0) return { ok: false, error: "conflict" } as const;
    await recordRequestEvent(tx, { requestId: id, actorId: actor.userId, type: "request.received", at: now });
    return { ok: true } as const;
  });
}
