// Who may touch which queue record. Pure functions of the actor and the record's owners.
import type { Actor } from "@/lib/auth/types";

type OfficeRecord = { officeId: string };

/** Staff see and work their own office's queue; a loket only by those posted at its service point (supervisors and admins: any). */
export function canWorkOffice(actor: Pick<Actor, "role" | "officeId">, record: OfficeRecord): boolean {
  return actor.role !== "RESIDENT" && actor.officeId === record.officeId;
}

export function canOperateCounter(actor: Pick<Actor, "role" | "officeId" | "servicePointIds">, counter: OfficeRecord & { servicePointId: string }): boolean {
  if (!canWorkOffice(actor, counter)) return false;
  return actor.role === "SUPERVISOR" || actor.role === "ADMIN" || actor.servicePointIds.includes(counter.servicePointId);
}

/** A resident sees only tickets booked for themselves; staff those of their office. */
export function canSeeTicket(actor: Pick<Actor, "role" | "officeId" | "residentId">, ticket: OfficeRecord & { residentId: string | null }): boolean {
  if (actor.role === "RESIDENT") return actor.residentId !== null && actor.residentId === ticket.residentId;
  return actor.officeId === ticket.officeId;
}

export function canAdminQueue(actor: Pick<Actor, "role" | "officeId">, record: OfficeRecord): boolean {
  return actor.role === "ADMIN" && actor.officeId === record.officeId;
}

/** An online request may ride on a booking only when it is the resident's own. */
export function canAttachRequest(actor: Pick<Actor, "userId" | "residentId">, request: { applicantId: string | null; residentId: string }): boolean {
  return request.applicantId === actor.userId || (actor.residentId !== null && request.residentId === actor.residentId);
}

/** Statuses after which the request's files have been checked by staff. */
export const VERIFIED_REQUEST_STATUSES = ["VERIFIED", "PROCESSING", "COMPLETED"] as const;
export function isRequestVerified(status: string): boolean {
  return (VERIFIED_REQUEST_STATUSES as readonly string[]).includes(status);
}
