import "server-only";
import { can } from "@/lib/auth/policy";
import { ownComplaintWhere } from "../policy";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { RESIDENT_PAGE_SIZE, dateKey, datePageDirection, keysetWhere, toPage, type PageRequest } from "@/lib/paging/keyset";
import { canReopenAt, reopenDeadline } from "../sla";
import { availableActions } from "../workflow";

/** The signed-in resident's own complaints, newest first, keyset-paged on (createdAt, id). */
export async function listMyComplaints(actor: Actor, request: PageRequest = {}) {
  if (!can(actor.role, "complaint.file")) return { rows: [], nextCursor: null, prevCursor: null };
  const { cursor, backwards } = datePageDirection(request);
  const keyset = keysetWhere("createdAt", cursor, backwards);
  const found = await db.complaint.findMany({
    where: { AND: [ownComplaintWhere(actor), keyset.where] },
    orderBy: keyset.orderBy,
    take: RESIDENT_PAGE_SIZE + 1,
    select: { id: true, ticket: true, title: true, status: true, privacy: true, createdAt: true, category: { select: { name: true } } },
  });
  const page = toPage(found, RESIDENT_PAGE_SIZE, backwards, cursor !== null, (r) => dateKey(r.createdAt, r.id));
  return { rows: page.items.map((r) => ({ ...r, category: r.category.name })), nextCursor: page.next, prevCursor: page.prev };
}

/** One own complaint with its timeline, the unit's follow-ups and what the reporter may do now. */
export async function getMyComplaint(actor: Actor, id: string, now = new Date()) {
  if (!can(actor.role, "complaint.file")) return null;
  const c = await db.complaint.findFirst({
    where: { AND: [{ id }, ownComplaintWhere(actor)] },
    select: {
      id: true, ticket: true, classification: true, title: true, description: true, locationText: true, latitude: true,
      longitude: true, privacy: true, status: true, channel: true, createdAt: true, completedAt: true, closedAt: true,
      rejectReason: true, rejectNote: true, referredTo: true, reopenCount: true, version: true,
      category: { select: { name: true } },
      unit: { select: { name: true } },
      office: { select: { name: true } },
      duplicateOf: { select: { ticket: true } },
      attachments: { where: { followUpId: null }, select: { fileId: true } },
      events: { where: { public: true }, orderBy: { createdAt: "asc" }, select: { id: true, type: true, toStatus: true, note: true, data: true, createdAt: true } },
      followUps: { orderBy: { createdAt: "asc" }, select: { id: true, actionDate: true, note: true, unit: { select: { name: true } }, attachments: { select: { fileId: true } } } },
    },
  });
  if (!c) return null;
  const { attachments, followUps, category, unit, office, duplicateOf, events, ...rest } = c;
  const actions = availableActions(c.status, "reporter");
  const reopenOpen = canReopenAt(c.completedAt, now);
  return {
    ...rest,
    category: category.name,
    unit: unit?.name ?? null,
    office: office.name,
    duplicateOfTicket: duplicateOf?.ticket ?? null,
    photos: attachments.map((a) => a.fileId),
    events: events.map((e) => ({ ...e, id: String(e.id), unitName: unitNameOf(e.data) })),
    followUps: followUps.map((f) => ({ id: f.id, actionDate: f.actionDate, note: f.note, unit: f.unit.name, photos: f.attachments.map((a) => a.fileId) })),
    canConfirm: actions.includes("confirm"),
    canReopen: actions.includes("reopen") && reopenOpen,
    reopenExpired: actions.includes("reopen") && !reopenOpen,
    reopenUntil: c.completedAt ? reopenDeadline(c.completedAt) : null,
  };
}

export type MyComplaint = NonNullable<Awaited<ReturnType<typeof getMyComplaint>>>;

export function unitNameOf(data: unknown): string | null {
  if (data && typeof data === "object" && "unitName" in data && typeof data.unitName === "string") return data.unitName;
  return null;
}
