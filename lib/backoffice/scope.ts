// Who sees and who may act on which requests. Pure: callers pass the actor and the request's
// office and unit as read from the database.
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";

export type QueueScope = {
  officeId: string;
  /** null = every unit of the office (supervisors, admins). */
  unitIds: string[] | null;
  userId: string;
};

export function queueScope(actor: Actor): QueueScope {
  return {
    officeId: actor.officeId,
    unitIds: can(actor.role, "request.allUnits") ? null : actor.unitIds,
    userId: actor.userId,
  };
}

/**
 * Staff see their units' requests and those they entered themselves at a desk (so that they can
 * reprint a receipt); supervisors and admins see the whole office. Anything else is "not found".
 */
export function canSee(actor: Actor, request: { officeId: string; unitId: string; enteredById: string | null }): boolean {
  if (request.officeId !== actor.officeId) return false;
  if (can(actor.role, "request.allUnits")) return true;
  return actor.unitIds.includes(request.unitId) || request.enteredById === actor.userId;
}

/** Acting on a request (assign, status, notes) needs membership of its unit, or office-wide rights. */
export function canAct(actor: Actor, request: { officeId: string; unitId: string }): boolean {
  if (request.officeId !== actor.officeId) return false;
  if (!can(actor.role, "request.queue")) return false;
  return can(actor.role, "request.allUnits") || actor.unitIds.includes(request.unitId);
}
