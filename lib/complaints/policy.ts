// Who may see and act on which complaint. Pure: callers pass the actor and the complaint's columns
// as read from the database; where shapes are plain objects Prisma accepts.
import { can, type Role } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

type ComplaintRecord = { officeId: string; reporterId: string | null; unitId: string | null };

/** Where nothing matches: for callers who may not see any complaint of this kind. */
export const NO_COMPLAINT = { id: "__none__" } as const;

/** Residents file complaints (staff record walk-in complaints through the staff form). */
export function canFileComplaint(actor: Pick<Actor, "role"> | null): boolean {
  return actor !== null && can(actor.role, "complaint.file");
}

/** The reporter's own complaints; for anyone who is not a resident, none. */
export function ownComplaintWhere(actor: Actor) {
  if (!can(actor.role, "complaint.file")) return NO_COMPLAINT;
  return { reporterId: actor.userId };
}

export function isOwnComplaint(actor: Actor, complaint: Pick<ComplaintRecord, "reporterId">): boolean {
  return can(actor.role, "complaint.file") && complaint.reporterId !== null && complaint.reporterId === actor.userId;
}

/** Staff handle every complaint of their own office (the queue filters by unit, the rule does not). */
export function staffComplaintWhere(actor: Actor) {
  if (!can(actor.role, "complaint.handle")) return NO_COMPLAINT;
  return { officeId: actor.officeId };
}

export function canSeeComplaintAsStaff(actor: Actor, complaint: Pick<ComplaintRecord, "officeId">): boolean {
  return can(actor.role, "complaint.handle") && complaint.officeId === actor.officeId;
}

/** Staff of the disposed unit (or the office's supervisors and admins) record what they did. */
export function canFollowUpComplaint(actor: Pick<Actor, "role" | "unitIds">, unitId: string | null): boolean {
  if (!unitId || !can(actor.role, "complaint.handle")) return false;
  return can(actor.role, "complaint.allUnits") || actor.unitIds.includes(unitId);
}

/** Only an admin reveals who filed an Anonim complaint (and every reveal is audited). */
export function canRevealReporter(actor: Pick<Actor, "role">, complaint: { privacy: string }): boolean {
  return can(actor.role, "complaint.revealReporter") && complaint.privacy === "ANONIM";
}

/**
 * How a timeline entry names who did it: staff by name; the reporter's own actions as "Pelapor",
 * never by name, so Anonim stays anonymous.
 */
export function eventAuthor(who: { role: Role; name: string } | null): { actorName: string | null; byReporter: boolean } {
  if (!who) return { actorName: null, byReporter: false };
  const byReporter = can(who.role, "complaint.file");
  return { actorName: byReporter ? null : who.name, byReporter };
}
