import "server-only";
import { deleteUnreferencedFiles } from "@/lib/storage/cleanup";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canHandOver, canTransition, forwardPath, OPEN_STATUSES, targetStatus, type RequestAction } from "@/lib/requests/workflow";
import { ASSIGNABLE_ROLES, canBeAssignee } from "@/lib/requests/policy";
import { ensureSurveyInvitation } from "@/lib/survey/mutations";
import { db } from "@/lib/db";
import { recordRequestEvent } from "../events";
import type { AssignInput, CorrectionInput, HandoverInput, NoteInput, RejectInput, SimpleTransitionInput } from "@/lib/requests/staff-schema";
import { fail, type MutationResult } from "@/lib/requests/staff-result";
import { actOnRequest, loadForAction, type LoadedRequest, type Plan } from "./act";
import { isSubjectField, OUTSIDE_KK, SUBJECT_FIELDS } from "@/lib/requests/subject";

const EVENT_OF: Partial<Record<RequestAction, string>> = {
  verify: "request.verified",
  requestCorrection: "request.correction_requested",
  process: "request.processing",
  complete: "request.completed",
  reject: "request.rejected",
};

/** A status change planned through the shared status machine; anything else is "invalid_transition". */
function transition(
  request: LoadedRequest,
  action: RequestAction,
  data: Prisma.ServiceRequestUncheckedUpdateManyInput,
  event: { note?: string; data?: Prisma.InputJsonValue } = {},
): Plan | ReturnType<typeof fail> {
  if (!canTransition(action, request.status)) return fail("invalid_transition");
  const to = targetStatus(action);
  return {
    data: { ...data, status: to },
    events: [{ type: EVENT_OF[action]!, fromStatus: request.status, toStatus: to, note: event.note, data: event.data }],
  };
}

/**
 * Several forward steps at once (the desk shortcuts): one event per step, so the timeline reads as
 * usual, but only the last one notifies the resident.
 */
function chain(
  request: LoadedRequest,
  goal: "PROCESSING" | "COMPLETED",
  data: Prisma.ServiceRequestUncheckedUpdateManyInput,
  last: { note?: string; data?: Prisma.InputJsonValue } = {},
): Plan | ReturnType<typeof fail> {
  const steps = forwardPath(request.status, goal);
  if (!steps) return fail("invalid_transition");
  let from = request.status;
  const events: Plan["events"] = steps.map((action, i) => {
    const to = targetStatus(action);
    const final = i === steps.length - 1;
    const event = { type: EVENT_OF[action]!, fromStatus: from, toStatus: to, ...(final ? { note: last.note, data: last.data } : { notify: false as const, data: { chained: true } }) };
    from = to;
    return event;
  });
  return { data: { ...data, status: goal }, events };
}

/** Whoever completes an unassigned request becomes its assignee (reports name the completer). */
function completer(actor: Actor, request: LoadedRequest) {
  return request.assigneeId ? {} : { assigneeId: actor.userId };
}

/** "Verifikasi & proses": the checked request goes straight to processing. */
export function verifyAndProcess(actor: Actor, input: SimpleTransitionInput): Promise<MutationResult> {
  return actOnRequest(actor, input, (r) => chain(r, "PROCESSING", {}, { note: input.note }));
}

/**
 * "Selesai di tempat": a letter issued at the loket and handed over at once. Only for requests filed
 * at a desk; the hand-over to the applicant is recorded with the completion.
 */
export function completeOnSpot(actor: Actor, input: SimpleTransitionInput, now = new Date(), within?: Prisma.TransactionClient): Promise<MutationResult> {
  return actOnRequest(actor, input, async (r, tx) => {
    const row = await tx.serviceRequest.findUniqueOrThrow({ where: { id: r.id }, select: { channel: true, resident: { select: { fullName: true, nik: true } } } });
    if (row.channel === "WEB") return fail("invalid_transition");
    if (forwardPath(r.status, "COMPLETED")) await ensureSurveyInvitation(tx, { requestId: r.id, officeId: r.officeId, serviceId: r.serviceId });
    return chain(
      r,
      "COMPLETED",
      {
        ...completer(actor, r), completedAt: now, pausedAt: null, pickupNote: null,
        collectedAt: now, handedOverById: actor.userId, collectorName: row.resident.fullName, collectorNik: row.resident.nik,
      },
      { note: input.note, data: { onSpot: true } },
    );
  }, within);
}

/** "Sudah diambil": who handed the result over, when, and to whom (the applicant or someone with their own KTP). */
export function recordHandover(actor: Actor, input: HandoverInput, now = new Date()): Promise<MutationResult> {
  return actOnRequest(actor, input, async (r, tx) => {
    const row = await tx.serviceRequest.findUniqueOrThrow({
      where: { id: r.id },
      select: { status: true, collectedAt: true, resultFileId: true, resident: { select: { fullName: true, nik: true } } },
    });
    if (!canHandOver(row)) return fail("invalid_transition");
    const collector = input.collector === "self" ? { name: row.resident.fullName, nik: row.resident.nik } : { name: input.name!, nik: input.nik! };
    return {
      data: { collectedAt: now, handedOverById: actor.userId, collectorName: collector.name, collectorNik: collector.nik },
      events: [{ type: "request.collected", data: { collector: input.collector, collectorName: collector.name } }],
    };
  });
}

export function verifyRequest(actor: Actor, input: SimpleTransitionInput): Promise<MutationResult> {
  return actOnRequest(actor, input, (r) => transition(r, "verify", {}, { note: input.note }));
}

export function startProcessing(actor: Actor, input: SimpleTransitionInput): Promise<MutationResult> {
  return actOnRequest(actor, input, (r) => transition(r, "process", {}, { note: input.note }));
}

/** Asks the resident to fix things; the SLA clock pauses until they resubmit (see resumeSla). */
export function requestCorrection(actor: Actor, input: CorrectionInput, now = new Date()): Promise<MutationResult> {
  return actOnRequest(actor, input, async (r, tx) => {
    const codes = input.corrections.map((c) => c.requirementCode).filter((c): c is string => Boolean(c));
    if (codes.length) {
      const known = await tx.serviceRequirement.findMany({ where: { serviceId: r.serviceId, code: { in: codes } }, select: { code: true } });
      const knownCodes = new Set(known.map((k) => k.code));
      // The other person's name, NIK and relation, for a request about someone outside the KK.
      if (codes.some(isSubjectField)) {
        const { relation } = await tx.serviceRequest.findUniqueOrThrow({ where: { id: r.id }, select: { relation: true } });
        if (relation === OUTSIDE_KK) SUBJECT_FIELDS.forEach((f) => knownCodes.add(f));
      }
      const unknown = input.corrections.findIndex((c) => c.requirementCode && !knownCodes.has(c.requirementCode));
      if (unknown >= 0) return fail("invalid_input", { [`corrections.${unknown}.requirementCode`]: "unknown_requirement" });
    }
    const corrections = input.corrections.map((c) => (c.requirementCode ? { requirementCode: c.requirementCode, message: c.message } : { message: c.message }));
    return transition(r, "requestCorrection", { corrections, pausedAt: now }, { note: input.note, data: { corrections } });
  });
}

export function rejectRequest(actor: Actor, input: RejectInput, now = new Date()): Promise<MutationResult> {
  return actOnRequest(actor, input, (r) =>
    transition(r, "reject", { rejectReason: input.reason, closedAt: now, pausedAt: null }, { note: input.reason }),
  );
}

/**
 * Completes with a stored result PDF (already ingested) or with pick-up instructions. When the
 * completion is refused (stale version, wrong status, another office) or fails, the PDF stored
 * for it is deleted again, so no unreachable result file is left behind.
 */
export async function completeRequest(
  actor: Actor,
  input: { id: string; version: number; note?: string } & ({ resultFileId: string } | { pickupNote: string }),
  now = new Date(),
  within?: Prisma.TransactionClient,
): Promise<MutationResult> {
  const resultFileId = "resultFileId" in input ? input.resultFileId : null;
  const discard = () => (resultFileId ? deleteUnreferencedFiles([resultFileId]) : Promise.resolve(0));
  let outcome: MutationResult;
  try {
    outcome = await actOnRequest(actor, input, async (r, tx) => {
      const result = resultFileId ? { resultFileId, pickupNote: null } : { pickupNote: "pickupNote" in input ? input.pickupNote : null };
      // Survey hook (issue 6): a completed request always has its single-use SKM invitation (idempotent).
      if (canTransition("complete", r.status)) await ensureSurveyInvitation(tx, { requestId: r.id, officeId: r.officeId, serviceId: r.serviceId });
      return transition(r, "complete", { ...result, ...completer(actor, r), completedAt: now, pausedAt: null }, {
        note: input.note,
        data: resultFileId ? { resultFileId } : { pickup: true },
      });
    }, within);
  } catch (error) {
    await discard().catch(() => {});
    throw error;
  }
  if (!outcome.ok) await discard();
  return outcome;
}

/**
 * Assigns an open request to a colleague (or to nobody). The assignee must be active staff of the
 * same office and a member of the request's unit, or a supervisor or admin of that office.
 */
export function assignRequest(actor: Actor, input: AssignInput): Promise<MutationResult> {
  return actOnRequest(actor, input, async (r, tx) => {
    if (!OPEN_STATUSES.includes(r.status)) return fail("invalid_transition");
    let assigneeName: string | null = null;
    if (input.assigneeId) {
      const user = await tx.user.findFirst({
        where: { id: input.assigneeId, officeId: r.officeId, active: true, role: { in: ASSIGNABLE_ROLES } },
        select: { name: true, role: true, units: { where: { unitId: r.unitId }, select: { unitId: true } } },
      });
      if (!user || !canBeAssignee({ role: user.role, unitMember: user.units.length > 0 })) return fail("invalid_assignee");
      assigneeName = user.name;
    }
    return {
      data: { assigneeId: input.assigneeId },
      events: [
        {
          type: "request.assigned",
          internal: true,
          data: { from: r.assigneeId, to: input.assigneeId, toName: assigneeName },
        },
      ],
    };
  });
}

/**
 * A timeline note: internal ones are for staff only, public ones reach the resident. A note changes
 * nothing a colleague could overwrite, so it never conflicts with a stale page and does not make
 * other open pages stale (the version stays; the page's `version` is not compared).
 */
export async function addNote(actor: Actor, input: NoteInput): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.serviceRequest.findFirst({ where: { id: input.id, officeId: actor.officeId }, select: { version: true } });
    if (!current) return fail("not_found");
    const loaded = await loadForAction(tx, actor, { id: input.id, version: current.version });
    if (!loaded.ok) return loaded;
    await recordRequestEvent(tx, { requestId: input.id, actorId: actor.userId, type: "request.note", note: input.note, internal: input.internal });
    return { ok: true as const, version: current.version };
  });
}
