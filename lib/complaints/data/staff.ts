import "server-only";
import { canFollowUpComplaint, canRevealReporter, eventAuthor, staffComplaintWhere } from "../policy";
import { db } from "@/lib/db";
import { recordView } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import { slaBoundaries, slaState } from "@/lib/calendar/working-days";
import type { QueueFilters } from "../filters";
import { PAGE_SIZE, dateKey, datePageDirection, keysetWhere, toPage } from "@/lib/paging/keyset";
import { effectiveDue } from "../sla";
import { availableActions } from "../workflow";
import { cachedOfficeCalendar } from "@/lib/calendar/data";
import { queueWhere } from "./where";
import { maskNik } from "@/lib/residents/nik";


const queueSelect = {
  id: true,
  ticket: true,
  createdAt: true,
  classification: true,
  privacy: true,
  channel: true,
  status: true,
  title: true,
  verifyDueAt: true,
  dueAt: true,
  reopenCount: true,
  category: { select: { name: true } },
  unit: { select: { name: true } },
} as const;

/**
 * The office's complaint queue. No reporter identity at all: triage needs the content, and this
 * way an Anonim reporter cannot leak through a list. Keyset paging in both directions.
 */
export async function listComplaintQueue(actor: Actor, filters: QueueFilters, now = new Date()) {
  if (!can(actor.role, "complaint.handle")) return { rows: [], nextCursor: null, prevCursor: null };
  const clock = await cachedOfficeCalendar(actor.officeId);
  const boundaries = slaBoundaries(now, clock.slaWarnDays, clock);
  const { cursor, backwards } = datePageDirection(filters);
  const keyset = keysetWhere("createdAt", cursor, backwards);
  const found = await db.complaint.findMany({
    where: { AND: [queueWhere(actor, filters, boundaries), keyset.where] },
    orderBy: keyset.orderBy,
    take: PAGE_SIZE + 1,
    select: queueSelect,
  });
  const page = toPage(found, PAGE_SIZE, backwards, cursor !== null, (c) => dateKey(c.createdAt, c.id));
  const rows = page.items.map((c) => {
    const due = effectiveDue(c);
    return { ...c, category: c.category.name, unit: c.unit?.name ?? null, due, sla: slaState({ dueAt: due }, boundaries) };
  });
  return { rows, nextCursor: page.next, prevCursor: page.prev };
}

/**
 * One complaint for the office's staff. An Anonim reporter's identity is never loaded here (only
 * the admin reveal does that, with an audit entry); for other complaints, showing the reporter's
 * name and contact is a personal-data view and is audited.
 */
export async function getComplaintForStaff(actor: Actor, id: string, now = new Date()) {
  if (!can(actor.role, "complaint.handle")) return null;
  const c = await db.complaint.findFirst({
    where: { AND: [{ id }, staffComplaintWhere(actor)] },
    select: {
      id: true, ticket: true, officeId: true, classification: true, title: true, description: true, locationText: true,
      latitude: true, longitude: true, privacy: true, channel: true, status: true, track: true, unitId: true,
      verifyDueAt: true, dueAt: true, verifiedAt: true, completedAt: true, closedAt: true, rejectReason: true, rejectNote: true,
      referredTo: true, reopenCount: true, version: true, createdAt: true, mediaUrl: true,
      category: { select: { name: true } },
      unit: { select: { name: true } },
      duplicateOf: { select: { id: true, ticket: true } },
      enteredBy: { select: { name: true } },
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, type: true, fromStatus: true, toStatus: true, note: true, data: true, createdAt: true, actor: { select: { name: true, role: true } } },
      },
      dispositions: { orderBy: { createdAt: "asc" }, select: { id: true, instruction: true, note: true, dueAt: true, createdAt: true, unit: { select: { name: true } } } },
      followUps: {
        orderBy: { createdAt: "asc" },
        select: { id: true, actionDate: true, note: true, createdAt: true, unit: { select: { name: true } }, attachments: { select: { fileId: true } } },
      },
      attachments: { where: { followUpId: null }, select: { fileId: true } },
    },
  });
  if (!c) return null;

  let reporter: { name: string; nik: string | null; phone: string | null; email: string | null } | null = null;
  if (c.privacy !== "ANONIM") {
    const who = await db.complaint.findUnique({
      where: { id: c.id },
      select: {
        reporter: { select: { name: true, phone: true, email: true } },
        resident: { select: { fullName: true, nik: true, phone: true, email: true } },
        contactName: true, contactPhone: true, contactEmail: true, // sent by an Open311 client
      },
    });
    const contact = who?.contactName || who?.contactPhone || who?.contactEmail;
    if (who?.reporter || who?.resident || contact) {
      reporter = {
        name: who.resident?.fullName ?? who.reporter?.name ?? who.contactName ?? "",
        nik: who.resident ? maskNik(who.resident.nik) : null,
        phone: who.resident?.phone ?? who.reporter?.phone ?? who.contactPhone ?? null,
        email: who.resident?.email ?? who.reporter?.email ?? who.contactEmail ?? null,
      };
      await recordView(actor, "complaint.personal_data_viewed", { type: "Complaint", id: c.id }, { ticket: c.ticket });
    }
  }

  const clock = await cachedOfficeCalendar(c.officeId);
  const boundaries = slaBoundaries(now, clock.slaWarnDays, clock);
  const due = effectiveDue(c);
  const { events, dispositions, followUps, attachments, category, unit, duplicateOf, enteredBy, ...rest } = c;
  return {
    ...rest,
    category: category.name,
    unit: unit?.name ?? null,
    duplicateOf,
    enteredBy: enteredBy?.name ?? null,
    reporter,
    reporterHidden: c.privacy === "ANONIM",
    due,
    sla: slaState({ dueAt: due }, boundaries),
    photos: attachments.map((a) => a.fileId),
    // A resident's own actions are shown as "Pelapor", never by name, so Anonim stays anonymous.
    events: events.map(({ actor: who, id: eventId, ...e }) => ({ ...e, id: String(eventId), ...eventAuthor(who) })),
    dispositions: dispositions.map((d) => ({ ...d, unit: d.unit.name })),
    followUps: followUps.map((f) => ({ ...f, unit: f.unit.name, photos: f.attachments.map((a) => a.fileId) })),
    staffActions: availableActions(c.status, "staff"),
    canFollowUp: availableActions(c.status, "unit").length > 0 && canFollowUpComplaint(actor, c.unitId),
    canReveal: canRevealReporter(actor, c),
  };
}

export type StaffComplaint = NonNullable<Awaited<ReturnType<typeof getComplaintForStaff>>>;

export async function listOfficeUnits(actor: Actor) {
  return db.unit.findMany({ where: { officeId: actor.officeId, active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, code: true } });
}

/** Just enough to head the admin's reveal page; no identity here (the reveal itself is a mutation). */
export async function getComplaintHeading(actor: Actor, id: string) {
  if (!can(actor.role, "complaint.handle")) return null;
  return db.complaint.findFirst({ where: { AND: [{ id }, staffComplaintWhere(actor)] }, select: { id: true, ticket: true, privacy: true, title: true } });
}

/**
 * The staff home's complaint counters (issue 17): complaints disposed to my units and still open,
 * and those due soon in my units. Each comes with its queue filter, so the number opens the list it counts.
 */
export async function complaintHomeCounts(actor: Actor, now = new Date()) {
  if (!can(actor.role, "complaint.handle")) return null;
  const clock = await cachedOfficeCalendar(actor.officeId);
  const boundaries = slaBoundaries(now, clock.slaWarnDays, clock);
  const views = {
    disposedToMe: { unit: "mine", status: "DISPOSED" },
    dueSoonMine: { unit: "mine", sla: "DUE_SOON" },
  } as const satisfies Record<string, QueueFilters>;
  const [disposedToMe, dueSoonMine] = await Promise.all(
    [views.disposedToMe, views.dueSoonMine].map((f) => db.complaint.count({ where: queueWhere(actor, f, boundaries) })),
  );
  return { counts: { disposedToMe, dueSoonMine }, views };
}

/** A colleague's name for the queue's "handled by" chip; null for anyone outside the caller's office. */
export async function officeStaffName(actor: Actor, userId: string): Promise<string | null> {
  const user = await db.user.findFirst({ where: { id: userId, officeId: actor.officeId, role: { in: ["STAFF", "SUPERVISOR", "ADMIN"] } }, select: { name: true } });
  return user?.name ?? null;
}
