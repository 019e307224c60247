import "server-only";
// The calls domains make: one function per domain, run inside the domain's own transaction right
// after it recorded its event. Each loads what the message needs from the same transaction and
// hands it to notify(). Never includes an Anonim reporter in anything staff receive.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventKey } from "../events";
import { dateVar } from "../format";
import { notify, type Recipient } from "./notify";
import { servesResident } from "@/lib/requests/policy";

const REQUEST_EVENTS: Record<string, EventKey> = {
  "request.submitted": "request.submitted",
  "request.correction_requested": "request.correction_requested",
  "request.verified": "request.verified",
  "request.processing": "request.processing",
  "request.completed": "request.completed",
  "request.rejected": "request.rejected",
};

type WalkInRequest = {
  officeId: string; contactPhone: string | null; contactEmail: string | null;
  resident: { id: string; fullName: string; phone: string | null; email: string | null; office: { id: string; parentId: string | null } };
};

/**
 * A walk-in without an account is told on the contact typed at the desk for this request, else on
 * the profile's contacts; a profile of an office the filing office does not serve (issue 17) only
 * through what was typed at the desk.
 */
function walkInContact(r: WalkInRequest): Recipient[] {
  const desk = r.contactPhone || r.contactEmail ? { phone: r.contactPhone, email: r.contactEmail } : null;
  const contact = desk ?? (servesResident(r.officeId, r.resident.office) ? { phone: r.resident.phone, email: r.resident.email } : null);
  return contact ? [{ contact: { key: `resident:${r.resident.id}`, name: r.resident.fullName, ...contact } }] : [];
}

/**
 * After a request event: tells the resident (their account, or a walk-in's phone/e-mail) and, on
 * assignment, the new assignee. `occurrence` makes the key unique per change (e.g. the new version).
 */
export async function notifyRequestEvent(
  tx: Prisma.TransactionClient,
  input: { requestId: string; type: string; actorId: string | null; occurrence: string | number; data?: unknown; now?: Date },
): Promise<void> {
  const resident = REQUEST_EVENTS[input.type];
  const assigned = input.type === "request.assigned" ? ((input.data as { to?: string | null } | undefined)?.to ?? null) : null;
  if (!resident && !assigned) return;
  const r = await tx.serviceRequest.findUnique({
    where: { id: input.requestId },
    select: {
      id: true, officeId: true, number: true, dueAt: true, corrections: true, rejectReason: true, pickupNote: true, resultFileId: true, applicantId: true,
      office: { select: { name: true } }, service: { select: { name: true } },
      contactPhone: true, contactEmail: true,
      resident: { select: { id: true, userId: true, fullName: true, phone: true, email: true, office: { select: { id: true, parentId: true } } } },
      surveyInvitation: { select: { token: true, usedAt: true } },
    },
  });
  if (!r) return;
  const base = { officeId: r.officeId, target: { type: "request", id: r.id }, now: input.now };
  const vars = { kantor: r.office.name, nomor: r.number ?? "", layanan: r.service.name, tenggat: dateVar(r.dueAt) };
  if (resident) {
    const accountId = r.applicantId ?? r.resident.userId;
    const recipients: Recipient[] = accountId
      ? [{ userId: accountId, link: `/warga/permohonan/${r.id}` }]
      : walkInContact(r);
    const corrections = Array.isArray(r.corrections) ? (r.corrections as { message?: string }[]).map((c) => c.message).filter(Boolean).join("; ") : "";
    const hasil = r.resultFileId ? "@text:result_file" : (r.pickupNote ?? "");
    const key = `${resident}:${r.id}:${input.occurrence}`;
    await notify(tx, { ...base, event: resident, key, recipients, vars: { ...vars, perbaikan: corrections, alasan: r.rejectReason ?? "", hasil } });
    if (resident === "request.completed" && r.surveyInvitation && !r.surveyInvitation.usedAt) {
      await notify(tx, {
        ...base, event: "request.survey_invitation", key: `request.survey_invitation:${r.id}`, recipients,
        vars: { ...vars, survei: `/survei/${r.surveyInvitation.token}` },
      });
    }
  }
  if (assigned && assigned !== input.actorId) {
    await notify(tx, {
      ...base, event: "work.request_assigned", key: `work.request_assigned:${r.id}:${input.occurrence}`,
      recipients: [{ userId: assigned, link: `/petugas/permohonan/${r.id}` }], vars,
    });
  }
}

const COMPLAINT_EVENTS: Record<string, EventKey> = {
  "complaint.submitted": "complaint.received",
  "complaint.verified": "complaint.verified",
  "complaint.disposed": "complaint.disposed",
  "complaint.followed_up": "complaint.followed_up",
  "complaint.completed": "complaint.completed",
  "complaint.rejected": "complaint.rejected",
};

/** After a complaint event: tells the reporter; a disposition also tells the unit's staff (ticket and title only). */
export async function notifyComplaintEvent(
  tx: Prisma.TransactionClient,
  input: { complaintId: string; type: string; actorId: string | null; occurrence: string | number; now?: Date },
): Promise<void> {
  const event = COMPLAINT_EVENTS[input.type];
  if (!event) return;
  const c = await tx.complaint.findUnique({
    where: { id: input.complaintId },
    select: {
      id: true, officeId: true, ticket: true, title: true, dueAt: true, rejectReason: true, rejectNote: true, reporterId: true, unitId: true,
      office: { select: { name: true } }, unit: { select: { name: true } },
      resident: { select: { id: true, fullName: true, phone: true, email: true, userId: true } },
    },
  });
  if (!c) return;
  const base = { officeId: c.officeId, target: { type: "complaint", id: c.id }, now: input.now };
  const vars = { kantor: c.office.name, tiket: c.ticket, judul: c.title, tenggat: dateVar(c.dueAt), unit: c.unit?.name ?? "", alasan: c.rejectNote ?? c.rejectReason ?? "" };
  const accountId = c.reporterId ?? c.resident?.userId ?? null;
  const recipients: Recipient[] = accountId
    ? [{ userId: accountId, link: `/warga/pengaduan/${c.id}` }]
    : c.resident
      ? [{ contact: { key: `resident:${c.resident.id}`, name: c.resident.fullName, phone: c.resident.phone, email: c.resident.email }, link: `/lacak?tiket=${encodeURIComponent(c.ticket)}` }]
      : [];
  if (recipients.length) await notify(tx, { ...base, event, key: `${event}:${c.id}:${input.occurrence}`, recipients, vars });
  if (event === "complaint.disposed" && c.unitId) {
    const staff = await tx.unitMember.findMany({ where: { unitId: c.unitId, user: { active: true, officeId: c.officeId, role: "STAFF" } }, select: { userId: true } });
    const others = staff.map((s) => s.userId).filter((id) => id !== input.actorId);
    if (others.length) {
      // Staff learn the ticket and title, never who reported it.
      await notify(tx, {
        ...base, event: "work.complaint_assigned", key: `work.complaint_assigned:${c.id}:${input.occurrence}`,
        recipients: others.map((userId) => ({ userId, link: `/petugas/pengaduan/${c.id}` })),
        vars: { kantor: c.office.name, tiket: c.ticket, judul: c.title, tenggat: vars.tenggat },
      });
    }
  }
}

/** Password reset link (self-service) or a new staff account's invitation; mandatory events. */
export async function notifyAccountLink(
  tx: Prisma.TransactionClient,
  input: { event: "account.password_reset" | "account.staff_invitation"; userId: string; token: string; expiresAt: Date; tokenId: string },
): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: input.userId }, select: { officeId: true, office: { select: { name: true } } } });
  if (!user) return;
  await notify(tx, {
    event: input.event, officeId: user.officeId, key: `${input.event}:${input.tokenId}`,
    recipients: [{ userId: input.userId }], link: `/reset-sandi/${input.token}`, target: { type: "user", id: input.userId },
    vars: { kantor: user.office.name, berlaku: dateVar(input.expiresAt, true) },
  });
}

/** A final letter was revoked (and maybe replaced): the resident learns why, and the new number. */
export async function notifyLetterChange(
  tx: Prisma.TransactionClient,
  input: { requestId: string; letterId: string; number: string; reason: string; replacementNumber?: string | null; now?: Date },
): Promise<void> {
  const r = await tx.serviceRequest.findUnique({
    where: { id: input.requestId },
    select: {
      id: true, officeId: true, number: true, applicantId: true, office: { select: { name: true } }, service: { select: { name: true } },
      contactPhone: true, contactEmail: true,
      resident: { select: { id: true, userId: true, fullName: true, phone: true, email: true, office: { select: { id: true, parentId: true } } } },
    },
  });
  if (!r) return;
  const accountId = r.applicantId ?? r.resident.userId;
  const recipients: Recipient[] = accountId
    ? [{ userId: accountId, link: `/warga/permohonan/${r.id}` }]
    : walkInContact(r);
  await notify(tx, {
    officeId: r.officeId, target: { type: "request", id: r.id }, now: input.now, event: "request.letter_revoked",
    key: `request.letter_revoked:${input.letterId}`, recipients,
    vars: {
      kantor: r.office.name, nomor: r.number ?? "", layanan: r.service.name, surat: input.number, alasan: input.reason,
      pengganti: input.replacementNumber ? `Surat pengganti: ${input.replacementNumber}. ` : "",
    },
  });
}

const REPLY_QUIET_MS = 5 * 60_000;

/**
 * Staff replied in a resident's conversation. One notification per conversation per few minutes,
 * so a lively exchange does not become a stream of SMS; the resident's own unread badge shows the rest.
 */
export async function notifyConversationReply(tx: Prisma.TransactionClient, input: { conversationId: string; now?: Date }): Promise<boolean> {
  const now = input.now ?? new Date();
  const c = await tx.conversation.findUnique({
    where: { id: input.conversationId },
    select: {
      id: true, officeId: true, kind: true, subject: true, residentUserId: true, residentNotifiedAt: true, requestId: true, complaintId: true,
      office: { select: { name: true } }, request: { select: { number: true } }, complaint: { select: { ticket: true } },
    },
  });
  if (!c?.residentUserId) return false;
  if (c.residentNotifiedAt && now.getTime() - c.residentNotifiedAt.getTime() < REPLY_QUIET_MS) return false;
  // Claim the window first: two replies at once send one notification.
  const claimed = await tx.conversation.updateMany({
    where: { id: c.id, OR: [{ residentNotifiedAt: null }, { residentNotifiedAt: { lt: new Date(now.getTime() - REPLY_QUIET_MS) } }] },
    data: { residentNotifiedAt: now },
  });
  if (claimed.count === 0) return false;
  const link = c.requestId ? `/warga/permohonan/${c.requestId}` : c.complaintId ? `/warga/pengaduan/${c.complaintId}` : `/warga/percakapan/${c.id}`;
  const perihal = c.request?.number ?? c.complaint?.ticket ?? c.subject ?? "bantuan";
  await notify(tx, {
    officeId: c.officeId, target: { type: "conversation", id: c.id }, now, event: "conversation.reply",
    key: `conversation.reply:${c.id}:${now.getTime()}`, recipients: [{ userId: c.residentUserId, link }],
    vars: { kantor: c.office.name, perihal },
  });
  return true;
}

/**
 * After a call in a service's line: the resident with exactly three numbers of that line still
 * ahead of them is told once to get ready. Other services' numbers wait at their own lokets, so
 * they do not count (a loket serving several services makes this an estimate, never a promise).
 */
export async function notifyQueueAlmostTurn(tx: Prisma.TransactionClient, input: { officeId: string; queueServiceId: string; day: Date; now?: Date }): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM queue_tickets
    WHERE office_id = ${input.officeId} AND queue_service_id = ${input.queueServiceId} AND day = ${input.day} AND status = 'WAITING'
    ORDER BY (priority <> 'NONE') DESC, queued_at, id
    OFFSET 3 LIMIT 1`;
  if (!rows[0]) return;
  const claimed = await tx.queueTicket.updateMany({ where: { id: rows[0].id, remindedAt: null, residentId: { not: null } }, data: { remindedAt: input.now ?? new Date() } });
  if (claimed.count === 0) return;
  const t = await tx.queueTicket.findUniqueOrThrow({
    where: { id: rows[0].id },
    select: { id: true, number: true, office: { select: { name: true } }, queueService: { select: { name: true } }, resident: { select: { userId: true } } },
  });
  if (!t.resident?.userId) return;
  await notify(tx, {
    officeId: input.officeId, target: { type: "queue_ticket", id: t.id }, now: input.now, event: "queue.almost_turn",
    key: `queue.almost_turn:${t.id}`, recipients: [{ userId: t.resident.userId, link: `/warga/antrian/${t.id}` }],
    vars: { kantor: t.office.name, antrean: t.number, layanan: t.queueService.name },
  });
}

/** When the day-before reminder of a booking goes out: 16:00 WIB the day before its slot. */
export function reminderTime(slotStartsAt: Date): Date {
  const WIB = 7 * 3_600_000;
  const dayBefore = new Date(slotStartsAt.getTime() + WIB - 86_400_000).toISOString().slice(0, 10);
  return new Date(Date.parse(`${dayBefore}T16:00:00Z`) - WIB);
}

/**
 * A booking for a later day: the resident is reminded at 16:00 WIB the day before (in-app and the
 * channels she chose); nothing when that time has already passed. Withdrawn when she cancels.
 */
export async function scheduleQueueReminder(tx: Prisma.TransactionClient, input: { ticketId: string; now?: Date }): Promise<boolean> {
  const now = input.now ?? new Date();
  const t = await tx.queueTicket.findUnique({
    where: { id: input.ticketId },
    select: {
      id: true, officeId: true, number: true, office: { select: { name: true } }, queueService: { select: { name: true } },
      resident: { select: { userId: true } }, slot: { select: { startsAt: true } },
    },
  });
  if (!t?.resident?.userId || !t.slot) return false;
  const at = reminderTime(t.slot.startsAt);
  if (at <= now) return false;
  const wib = new Date(t.slot.startsAt.getTime() + 7 * 3_600_000).toISOString();
  await notify(tx, {
    officeId: t.officeId, target: { type: "queue_ticket", id: t.id }, at, event: "queue.reminder",
    key: `queue.reminder:${t.id}`, recipients: [{ userId: t.resident.userId, link: `/warga/antrian/${t.id}` }],
    vars: { kantor: t.office.name, antrean: t.number, layanan: t.queueService.name, tanggal: dateVar(t.slot.startsAt), jam: `${wib.slice(11, 16)} WIB` },
  });
  return true;
}
