import "server-only";
import { recordView } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { availableActions, type RequestStatus } from "@/lib/requests/workflow";
import { assigneeWhere, canActOnRequest, canSeeRequest, requestScope, residentVisibility } from "@/lib/requests/policy";
import { maskNik } from "@/lib/residents/nik";
import { cachedOfficeCalendar } from "@/lib/calendar/data";
import { boundariesFor, requestSla } from "@/lib/requests/sla";
import type { Correction } from "@/lib/requests/fields";

const detailSelect = {
  id: true, officeId: true, unitId: true, number: true, status: true, channel: true, relation: true, data: true,
  subjectName: true, subjectNik: true, subjectRelation: true,
  corrections: true, submittedAt: true, dueAt: true, pausedAt: true, completedAt: true, pickupNote: true,
  rejectReason: true, receivedAt: true, closedAt: true, version: true,
  collectedAt: true, collectorName: true, collectorNik: true, handedOverBy: { select: { name: true } },
  originalChecks: { select: { requirementId: true, checkedAt: true, checkedBy: { select: { name: true } } } }, createdAt: true, enteredById: true, assigneeId: true,
  service: {
    select: {
      id: true, name: true, durationValue: true, durationUnit: true, product: true, digitalResult: true,
      requirements: { where: { active: true }, orderBy: { position: "asc" }, select: { id: true, code: true, label: true, kind: true, fieldType: true, required: true } },
    },
  },
  unit: { select: { id: true, name: true } },
  resident: {
    select: {
      id: true, nik: true, kkNumber: true, fullName: true, birthPlace: true, birthDate: true, sex: true,
      address: true, rt: true, rw: true, kelurahan: true, kecamatan: true, phone: true, email: true, userId: true,
      office: { select: { id: true, parentId: true, name: true } },
    },
  },
  contactPhone: true, contactEmail: true,
  applicant: { select: { name: true } },
  enteredBy: { select: { name: true } },
  servicePoint: { select: { name: true, kind: true } },
  assignee: { select: { id: true, name: true } },
  resultFile: { select: { id: true, originalName: true, size: true } },
  attachments: {
    orderBy: { createdAt: "desc" },
    select: { id: true, current: true, createdAt: true, requirementId: true, file: { select: { id: true, originalName: true, mime: true, size: true } } },
  },
  events: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, type: true, fromStatus: true, toStatus: true, note: true, internal: true, data: true, createdAt: true, actor: { select: { name: true, role: true } } },
  },
} satisfies Prisma.ServiceRequestSelect;

/**
 * Everything staff need to handle one request, or null when it is outside the actor's office or
 * units. Opening it shows the resident's personal data, so the view is audited (UU 27/2022).
 */
export async function getRequestForStaff(actor: Actor, id: string, now = new Date()) {
  const row = await db.serviceRequest.findFirst({ where: { id, officeId: actor.officeId, status: { not: "DRAFT" } }, select: detailSelect });
  if (!row || !canSeeRequest(actor, row)) return null;
  await recordView(actor, "request.personal_data_viewed", { type: "ServiceRequest", id: row.id }, { number: row.number });

  const calendar = await cachedOfficeCalendar(row.officeId, now);
  const boundaries = boundariesFor(now, calendar.slaWarnDays, calendar);
  const mayAct = canActOnRequest(actor, row);
  const { events, resident, ...request } = row;
  return {
    ...request,
    resident: residentForStaff(actor, resident),
    status: row.status as RequestStatus,
    corrections: (Array.isArray(row.corrections) ? row.corrections : []) as Correction[],
    fields: (row.data && typeof row.data === "object" && !Array.isArray(row.data) ? row.data : {}) as Record<string, unknown>,
    sla: requestSla(row, boundaries),
    boundaries,
    mayAct,
    actions: mayAct ? availableActions(row.status as RequestStatus, "staff") : [],
    timeline: events.map((e) => ({ ...e, id: String(e.id) })),
  };
}

/**
 * The resident as this staff member may see them: the whole profile for the offices serving the
 * resident; for a filing office that does not (issue 17) only OTHER_OFFICE_VISIBLE_FIELDS.
 */
function residentForStaff(actor: Actor, resident: DetailRow["resident"]) {
  const { office, ...profile } = resident;
  if (residentVisibility(actor, office) === "full") return { visibility: "full" as const, ...profile };
  return { visibility: "minimal" as const, id: profile.id, fullName: profile.fullName, nikMasked: maskNik(profile.nik), officeName: office.name };
}

type DetailRow = Prisma.ServiceRequestGetPayload<{ select: typeof detailSelect }>;

export type StaffRequestDetail = NonNullable<Awaited<ReturnType<typeof getRequestForStaff>>>;

/** Colleagues a request may be assigned to: staff of its unit, and the office's supervisors and admins. */
export async function listAssignees(actor: Actor, unitId: string) {
  return db.user.findMany({
    where: assigneeWhere(actor, [unitId]),
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

/** The receipt of a walk-in (or any) request: number, service, due date; no personal data beyond the name. */
export async function getReceipt(actor: Actor, id: string) {
  const row = await db.serviceRequest.findFirst({
    where: { id, officeId: actor.officeId, status: { not: "DRAFT" } },
    select: {
      id: true, officeId: true, unitId: true, enteredById: true, number: true, channel: true, submittedAt: true, dueAt: true,
      status: true, completedAt: true, collectedAt: true, subjectName: true, subjectNik: true,
      service: { select: { id: true, name: true, product: true } },
      resident: { select: { fullName: true, nik: true } },
      office: { select: { name: true, address: true, phone: true } },
      servicePoint: { select: { name: true } },
      enteredBy: { select: { name: true } },
      // Created with the walk-in (and at completion); the receipt only reads it.
      surveyInvitation: { select: { token: true, usedAt: true } },
    },
  });
  if (!row || !canSeeRequest(actor, row)) return null;
  const { surveyInvitation, ...receipt } = row;
  return { ...receipt, surveyToken: surveyInvitation && !surveyInvitation.usedAt ? surveyInvitation.token : null };
}

/**
 * The request to take up after this one: the actor's own or unassigned open work of their units,
 * soonest due first (not those waiting on the resident). Offered on the detail page after an action.
 */
export async function nextOpenRequestId(actor: Actor, afterId: string): Promise<string | null> {
  const scope = requestScope(actor);
  const row = await db.serviceRequest.findFirst({
    where: {
      officeId: scope.officeId,
      ...(scope.unitIds ? { unitId: { in: scope.unitIds } } : {}),
      status: { in: ["SUBMITTED", "VERIFIED", "PROCESSING"] },
      id: { not: afterId },
      OR: [{ assigneeId: actor.userId }, { assigneeId: null }],
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return row?.id ?? null;
}
