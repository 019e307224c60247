import "server-only";
import { deleteUnreferencedFiles } from "@/lib/storage/cleanup";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canTransition, OPEN_STATUSES, targetStatus, type RequestAction } from "@/lib/requests/workflow";
import { ASSIGNABLE_ROLES, canBeAssignee } from "@/lib/requests/policy";
import { ensureSurveyInvitation } from "@/lib/survey/mutations";
import type { AssignInput, CorrectionInput, NoteInput, RejectInput, SimpleTransitionInput } from "../schema";
import { fail, type MutationResult } from "../types";
import { actOnRequest, type LoadedRequest, type Plan } from "./act";

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
      return transition(r, "complete", { ...result, completedAt: now, pausedAt: null }, {
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

/** A note on the timeline: internal ones are for staff only, public ones reach the resident. */
export function addNote(actor: Actor, input: NoteInput): Promise<MutationResult> {
  return actOnRequest(actor, input, () => ({
    data: {},
    events: [{ type: "request.note", note: input.note, internal: input.internal }],
  }));
}
