// Who may see and act on a conversation. Pure: callers pass the actor and the conversation's
// owner, office and unit as read from the database. Everything else is "not found".
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

export type ConversationScopeRecord = {
  officeId: string;
  kind: "REQUEST" | "COMPLAINT" | "HELP";
  residentUserId: string | null;
  /** The request's handling unit (REQUEST) — staff follow the request queue's unit rules. */
  unitId: string | null;
  assigneeId: string | null;
};

export function isStaff(actor: Actor): boolean {
  return can(actor.role, "conversation.handle");
}

/** The resident owns the thread; staff: their office, and for a request thread its unit (supervisors and admins: all units). */
export function canSeeConversation(actor: Actor, c: ConversationScopeRecord): boolean {
  if (actor.role === "RESIDENT") return c.residentUserId !== null && c.residentUserId === actor.userId;
  if (!isStaff(actor) || c.officeId !== actor.officeId) return false;
  if (c.kind !== "REQUEST" || can(actor.role, "request.allUnits")) return true;
  return (c.unitId !== null && actor.unitIds.includes(c.unitId)) || c.assigneeId === actor.userId;
}

/** Replying, notes, assignment, resolve: the same reach as seeing (read-only roles could be carved out here). */
export function canHandleConversation(actor: Actor, c: ConversationScopeRecord): boolean {
  return isStaff(actor) && canSeeConversation(actor, c);
}

/** A resident writes only in their own, unresolved-or-not thread (writing reopens it). */
export function canWriteAsResident(actor: Actor, c: ConversationScopeRecord): boolean {
  return actor.role === "RESIDENT" && canSeeConversation(actor, c);
}

/** Canned answers: everyone handling conversations keeps their own; office-wide ones are the admin's. */
export function canManageOfficeCanned(actor: Actor): boolean {
  return can(actor.role, "conversation.cannedOffice");
}

/** How staff see the person on the other side: an Anonim complainant is only ever "Pelapor". */
export function residentLabelForStaff(c: { anonymous: boolean; residentName: string | null; visitorName: string | null }): { kind: "anonymous" } | { kind: "named"; name: string } | { kind: "unknown" } {
  if (c.anonymous) return { kind: "anonymous" };
  const name = c.residentName ?? c.visitorName;
  return name ? { kind: "named", name } : { kind: "unknown" };
}
