// Who may see and act on which service request — the resident side (data/resident, mutations/resident)
// and the staff side (data/staff, mutations/staff) alike, and the file route (lib/storage). Pure: callers pass the actor and the
// request's columns as read from the database; where shapes are plain objects Prisma accepts.
import { can, type Role } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { OUTSIDE_KK, type SubjectField } from "./subject";

type RequestStatusName = string;

/** The columns the rules below look at. */
export type RequestRecord = {
  officeId: string;
  unitId: string;
  enteredById: string | null;
  applicantId: string | null;
  residentId: string;
  status: RequestStatusName;
};

// ─── Staff side ────────────────────────────────────────────────────────────────────────────────

export type QueueScope = {
  officeId: string;
  /** null = every unit of the office (supervisors, admins). */
  unitIds: string[] | null;
  userId: string;
};

/** What the staff queue, counters and exports of this actor cover. */
export function requestScope(actor: Actor): QueueScope {
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
export function canSeeRequest(actor: Actor, request: Pick<RequestRecord, "officeId" | "unitId" | "enteredById">): boolean {
  if (!can(actor.role, "request.queue")) return false;
  if (request.officeId !== actor.officeId) return false;
  if (can(actor.role, "request.allUnits")) return true;
  return actor.unitIds.includes(request.unitId) || request.enteredById === actor.userId;
}

/** Acting on a request (assign, status, notes) needs membership of its unit, or office-wide rights. */
export function canActOnRequest(actor: Actor, request: Pick<RequestRecord, "officeId" | "unitId">): boolean {
  if (request.officeId !== actor.officeId) return false;
  if (!can(actor.role, "request.queue")) return false;
  return can(actor.role, "request.allUnits") || actor.unitIds.includes(request.unitId);
}

/**
 * Who a request may be assigned to: active staff of the request's office who either work in its
 * unit or hold office-wide rights. `unitMember` = the person belongs to the request's unit.
 */
export function canBeAssignee(person: { role: Role; unitMember: boolean }): boolean {
  if (!can(person.role, "request.queue")) return false;
  return can(person.role, "request.allUnits") || person.unitMember;
}

const ALL_ROLES: Role[] = ["RESIDENT", "STAFF", "SUPERVISOR", "ADMIN"];
/** Roles that may hold a request (for the assignee query); the record rule is canBeAssignee. */
export const ASSIGNABLE_ROLES: Role[] = ALL_ROLES.filter((r) => can(r, "request.queue"));
const OFFICE_WIDE_ROLES: Role[] = ASSIGNABLE_ROLES.filter((r) => can(r, "request.allUnits"));
const UNIT_BOUND_ROLES: Role[] = ASSIGNABLE_ROLES.filter((r) => !can(r, "request.allUnits"));

/**
 * canBeAssignee as a where on users of the caller's office: members of the given units (any unit
 * when `unitIds` is null) and everyone with office-wide rights.
 */
export function assigneeWhere(actor: Pick<Actor, "officeId">, unitIds: string[] | null) {
  return {
    officeId: actor.officeId,
    active: true,
    OR: [
      { role: { in: UNIT_BOUND_ROLES }, units: { some: unitIds ? { unitId: { in: unitIds } } : {} } },
      { role: { in: OFFICE_WIDE_ROLES } },
    ],
  };
}

// ─── Resident side ─────────────────────────────────────────────────────────────────────────────

/** A resident with a profile: the only caller who applies, edits drafts and answers corrections. */
export function isApplicant(actor: Actor): actor is Actor & { residentId: string } {
  return can(actor.role, "request.apply") && Boolean(actor.residentId);
}

/** Where nothing matches: for callers who own no requests at all. */
export const NO_REQUEST = { id: "__none__" } as const;

/**
 * The requests a resident may see: those they filed, and those filed for them by a household
 * member or by staff at a desk (but not someone else's unsent draft). Everything else is "not found".
 */
export function ownRequestWhere(actor: Actor) {
  if (!can(actor.role, "request.apply")) return NO_REQUEST;
  const mine: ({ applicantId: string } | { residentId: string; status: { not: "DRAFT" } })[] = [{ applicantId: actor.userId }];
  if (actor.residentId) mine.push({ residentId: actor.residentId, status: { not: "DRAFT" } });
  return { OR: mine };
}

/** The record form of ownRequestWhere, for rows already loaded (e.g. a file's request). */
export function isOwnRequest(actor: Actor, request: Pick<RequestRecord, "applicantId" | "residentId" | "status">): boolean {
  if (!can(actor.role, "request.apply")) return false;
  if (request.applicantId === actor.userId) return true;
  return actor.residentId !== null && request.residentId === actor.residentId && request.status !== "DRAFT";
}

/**
 * What the resident may change of who the request is for (issue 17): everything while it is a
 * DRAFT of theirs; while staff ask for corrections, only the other person's fields staff pointed at
 * (`flagged`, from the correction notes) of a request about a person outside the KK. null = nothing.
 */
export function subjectEditScope(
  actor: Actor,
  request: Pick<RequestRecord, "applicantId" | "residentId" | "status"> & { relation: string },
  flagged: readonly SubjectField[],
): { mode: "draft" } | { mode: "correction"; fields: SubjectField[] } | null {
  if (!isApplicant(actor) || !isOwnRequest(actor, request)) return null;
  if (request.status === "DRAFT") return request.applicantId === actor.userId ? { mode: "draft" } : null;
  if (request.status === "NEEDS_CORRECTION" && request.relation === OUTSIDE_KK && flagged.length) return { mode: "correction", fields: [...flagged] };
  return null;
}

/** The result document is the resident's only once the request is completed. */
export function canSeeResult(actor: Actor, request: Pick<RequestRecord, "applicantId" | "residentId" | "status">): boolean {
  return request.status === "COMPLETED" && isOwnRequest(actor, request);
}

/** The public catalogue offers "apply" to visitors (they sign in first) and residents, not to staff. */
export function mayApplyOnline(actor: Pick<Actor, "role"> | null): boolean {
  return !actor || can(actor.role, "request.apply");
}

// ─── A resident registered at another office (issue 17) ────────────────────────────────────────
// A desk serves the residents of its own office and, for a kecamatan, of its kelurahan/desa. Someone
// registered at another office of the deployment (the usual Surat Keterangan Domisili applicant) may
// still be served, but only once the staff confirm the person is at the desk: the NIK and the full
// name as on the KTP match the stored profile, and a written reason. Even then the staff see the
// minimum (name, masked NIK, the registering office); the profile's phone, e-mail, address and KK
// stay with that office (UU 27/2022). The request belongs to the filing office.

/** Limits of the written reason for serving a resident of another office. */
export const OTHER_OFFICE_REASON = { min: 10, max: 500 } as const;

/** Whether a profile belongs to the offices `officeId` serves: its own, or a child office's. */
export function servesResident(officeId: string, profileOffice: { id: string; parentId: string | null }): boolean {
  return profileOffice.id === officeId || profileOffice.parentId === officeId;
}

/** The name as typed from the KTP against the stored name: case and spacing do not count. */
export function sameKtpName(typed: string, stored: string): boolean {
  const norm = (s: string) => s.normalize("NFKC").toLocaleLowerCase("id").replace(/\s+/g, " ").trim();
  return norm(typed).length > 0 && norm(typed) === norm(stored);
}

/** A reason long enough to mean something, and not a novel. */
export function reasonIsValid(reason: string): boolean {
  const length = reason.trim().length;
  return length >= OTHER_OFFICE_REASON.min && length <= OTHER_OFFICE_REASON.max;
}

/**
 * May this desk file a walk-in request for a resident registered at another office? Only staff
 * who file walk-ins, only for a profile outside the offices they serve (those take the normal
 * path), and only with the KTP name matching and a valid reason.
 */
export function canFileForOtherOfficeResident(
  actor: Pick<Actor, "role" | "officeId">,
  input: { typedName: string; reason: string; profile: { fullName: string; office: { id: string; parentId: string | null; active: boolean } } },
): boolean {
  if (!can(actor.role, "request.assisted")) return false;
  if (!input.profile.office.active || servesResident(actor.officeId, input.profile.office)) return false;
  return reasonIsValid(input.reason) && sameKtpName(input.typedName, input.profile.fullName);
}

/** The profile fields staff of a non-serving office may see of a resident, and nothing else. */
export const OTHER_OFFICE_VISIBLE_FIELDS = ["fullName", "nikMasked", "officeName"] as const;

/**
 * How much of a request's resident profile this staff member sees: everything for the offices
 * that serve the resident, the minimum (OTHER_OFFICE_VISIBLE_FIELDS) for a filing office that does not.
 */
export function residentVisibility(actor: Pick<Actor, "officeId">, profileOffice: { id: string; parentId: string | null }): "full" | "minimal" {
  return servesResident(actor.officeId, profileOffice) ? "full" : "minimal";
}
