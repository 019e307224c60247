import "server-only";
import { can } from "@/lib/auth/policy";
import { notifyConversationReply } from "@/lib/notifications/mutations/hooks";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { canSeeRequest } from "@/lib/requests/policy";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import { channels } from "@/lib/realtime/channels";
import { publishAll } from "@/lib/realtime/mutations";
import { ingestUpload, type UploadError } from "@/lib/storage/ingest";
import { storeFor } from "@/lib/storage/store";
import { scopeSelect } from "./data";
import { canHandleConversation, canManageOfficeCanned, canSeeConversation, canWriteAsResident, isStaff } from "./policy";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type CannedInput } from "./schema";
import { firstResponseDue } from "./sla";
import { relayToWhatsApp, whatsAppConfig } from "./mutations/whatsapp";

type Tx = Prisma.TransactionClient;
export type Upload = { bytes: Uint8Array; name: string };
export type ConversationError = "not_found" | "forbidden" | "too_many" | "shortcut_taken" | "invalid_assignee" | UploadError;
type Result<T = object> = ({ ok: true } & T) | { ok: false; error: ConversationError };

/** Announcements after a change: the thread, the office inbox, and the resident's badge. No content in them. */
export function announce(c: { id: string; officeId: string; residentUserId: string | null }, opts: { toResident: boolean; ref: string }) {
  const events = [
    { channel: channels.conversation(c.id), id: opts.ref },
    { channel: channels.officeInbox(c.officeId), id: c.id },
  ];
  if (opts.toResident && c.residentUserId) events.push({ channel: channels.user(c.residentUserId), id: c.id });
  return events;
}

// ───────────── Opening threads ─────────────

/** The thread of a request, created on first use; the request's own rules decide who may open it. */
export async function ensureRequestThread(actor: Actor, requestId: string): Promise<Result<{ conversationId: string }>> {
  const request = await db.serviceRequest.findUnique({
    where: { id: requestId },
    select: { id: true, officeId: true, unitId: true, enteredById: true, applicantId: true, residentId: true, status: true, resident: { select: { userId: true } } },
  });
  if (!request || request.status === "DRAFT") return { ok: false, error: "not_found" };
  const own = can(actor.role, "conversation.resident") && (request.applicantId === actor.userId || (actor.residentId !== null && request.residentId === actor.residentId));
  const staff = isStaff(actor) && canSeeRequest(actor, request);
  if (!own && !staff) return { ok: false, error: "not_found" };
  const row = await db.conversation.upsert({
    where: { requestId },
    update: {},
    create: {
      officeId: request.officeId,
      kind: "REQUEST",
      requestId,
      unitId: request.unitId,
      residentUserId: request.applicantId ?? request.resident.userId,
    },
    select: scopeSelect,
  });
  // A resident who is not the thread's owner (a household member's request) still gets a 404.
  if (!canSeeConversation(actor, row)) return { ok: false, error: "not_found" };
  return { ok: true, conversationId: row.id };
}

/** The thread of a complaint: its reporter, and the handling office's staff. */
export async function ensureComplaintThread(actor: Actor, complaintId: string): Promise<Result<{ conversationId: string }>> {
  const complaint = await db.complaint.findUnique({ where: { id: complaintId }, select: { id: true, officeId: true, reporterId: true, unitId: true } });
  if (!complaint) return { ok: false, error: "not_found" };
  const own = can(actor.role, "conversation.resident") && complaint.reporterId === actor.userId;
  const staff = isStaff(actor) && complaint.officeId === actor.officeId;
  if (!own && !staff) return { ok: false, error: "not_found" };
  const row = await db.conversation.upsert({
    where: { complaintId },
    update: {},
    create: { officeId: complaint.officeId, kind: "COMPLAINT", complaintId, residentUserId: complaint.reporterId },
    select: scopeSelect,
  });
  return canSeeConversation(actor, row) ? { ok: true, conversationId: row.id } : { ok: false, error: "not_found" };
}

/** A resident's general question to their office. */
export async function startHelp(actor: Actor, body: string, now = new Date()): Promise<Result<{ conversationId: string }>> {
  if (!can(actor.role, "conversation.resident")) return { ok: false, error: "forbidden" };
  const conversation = await db.conversation.create({
    data: { officeId: actor.officeId, kind: "HELP", residentUserId: actor.userId, subject: body.slice(0, 80) },
    select: { id: true },
  });
  const posted = await postMessage(actor, conversation.id, { body, internal: false, uploads: [] }, now);
  return posted.ok ? { ok: true, conversationId: conversation.id } : posted;
}

/** A signed-out visitor's question, with a phone or e-mail to answer to. */
export async function startVisitorHelp(input: { officeId: string; name: string; contact: string; body: string }, now = new Date()): Promise<Result<{ conversationId: string }>> {
  const office = await db.office.findFirst({ where: { id: input.officeId, active: true }, select: { id: true } });
  if (!office) return { ok: false, error: "not_found" };
  const clock = await loadOfficeCalendar(office.id);
  const id = await db.$transaction(async (tx) => {
    const c = await tx.conversation.create({
      data: {
        officeId: office.id,
        kind: "HELP",
        visitorName: input.name,
        visitorContact: input.contact,
        subject: input.body.slice(0, 80),
        lastMessageAt: now,
        lastResidentMessageAt: now,
        firstResponseDueAt: firstResponseDue(now, clock),
      },
      select: { id: true, officeId: true, residentUserId: true },
    });
    const m = await tx.conversationMessage.create({ data: { conversationId: c.id, authorKind: "VISITOR", body: input.body, createdAt: now }, select: { id: true } });
    await publishAll(tx, announce(c, { toResident: false, ref: m.id }));
    return c.id;
  });
  return { ok: true, conversationId: id };
}

// ───────────── Messages ─────────────

async function storeUploads(uploads: Upload[], officeId: string, ownerId: string): Promise<{ ok: true; fileIds: string[] } | { ok: false; error: ConversationError }> {
  if (uploads.length > MAX_ATTACHMENTS) return { ok: false, error: "too_many" };
  const fileIds: string[] = [];
  for (const [index, upload] of uploads.entries()) {
    const result = await ingestUpload({
      bytes: upload.bytes,
      // Neutral names: a phone's file name can carry the sender's name (Anonim complaints).
      originalName: `lampiran-${index + 1}`,
      accept: ["image/*", "application/pdf"],
      maxBytes: MAX_ATTACHMENT_BYTES,
      officeId,
      ownerId,
    });
    if (!result.ok) {
      await discardFiles(fileIds);
      return { ok: false, error: result.error };
    }
    fileIds.push(result.file.id);
  }
  return { ok: true, fileIds };
}

export async function discardFiles(fileIds: string[]) {
  if (fileIds.length === 0) return;
  const rows = await db.storedFile.findMany({ where: { id: { in: fileIds } }, select: { id: true, driver: true, key: true } });
  await db.storedFile.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  await Promise.all(rows.map((r) => storeFor(r.driver).delete(r.key).catch(() => {})));
}

export async function systemLine(tx: Tx, conversationId: string, code: string, arg: string | null, now: Date) {
  return tx.conversationMessage.create({
    data: { conversationId, authorKind: "SYSTEM", kind: "SYSTEM", body: "", systemCode: code, systemArg: arg, createdAt: now },
    select: { id: true },
  });
}

/**
 * Posts a message. Residents write in their own threads (a new message reopens a resolved one and
 * starts the first-response clock); staff reply or leave an internal note that residents never see.
 */
export async function postMessage(
  actor: Actor,
  conversationId: string,
  input: { body: string; internal: boolean; uploads: Upload[] },
  now = new Date(),
): Promise<Result<{ messageId: string }>> {
  const c = await db.conversation.findUnique({
    where: { id: conversationId },
    select: { ...scopeSelect, status: true, firstResponseDueAt: true, firstRespondedAt: true, lastStaffMessageAt: true, waPhone: true, lastResidentMessageAt: true },
  });
  if (!c) return { ok: false, error: "not_found" };
  const asResident = canWriteAsResident(actor, c);
  const asStaff = !asResident && canHandleConversation(actor, c);
  if (!asResident && !asStaff) return { ok: false, error: "not_found" };
  if (asResident && input.internal) return { ok: false, error: "forbidden" };

  const stored = await storeUploads(input.uploads, c.officeId, actor.userId);
  if (!stored.ok) return stored;
  const clock = asResident && !c.firstResponseDueAt ? await loadOfficeCalendar(c.officeId) : null;

  try {
    const messageId = await db.$transaction(async (tx) => {
      if (asResident && c.status !== "OPEN") await systemLine(tx, c.id, "reopened", null, now);
      const m = await tx.conversationMessage.create({
        data: {
          conversationId: c.id,
          authorId: actor.userId,
          authorKind: asResident ? "RESIDENT" : "STAFF",
          kind: input.internal ? "INTERNAL" : "TEXT",
          body: input.body,
          createdAt: new Date(now.getTime() + 1), // after a reopening line written at `now`
          attachments: { create: stored.fileIds.map((fileId) => ({ fileId })) },
        },
        select: { id: true },
      });
      const data: Prisma.ConversationUpdateInput = { lastMessageAt: now };
      if (asResident) {
        data.lastResidentMessageAt = now;
        if (c.status !== "OPEN") {
          data.status = "OPEN";
          data.resolvedAt = null;
        }
        if (clock) data.firstResponseDueAt = firstResponseDue(now, clock);
      } else if (!input.internal) {
        data.lastStaffMessageAt = now;
        if (!c.firstRespondedAt && c.firstResponseDueAt) data.firstRespondedAt = now;
      }
      await tx.conversation.update({ where: { id: c.id }, data });
      // The author has read everything up to their own message.
      await tx.conversationRead.upsert({
        where: { conversationId_userId: { conversationId: c.id, userId: actor.userId } },
        update: { lastReadAt: new Date(now.getTime() + 1) },
        create: { conversationId: c.id, userId: actor.userId, lastReadAt: new Date(now.getTime() + 1) },
      });
      await publishAll(tx, announce(c, { toResident: asStaff && !input.internal, ref: m.id }));
      // A resident who is not reading the thread hears of the reply (at most once per few minutes).
      if (asStaff && !input.internal) await notifyConversationReply(tx, { conversationId: c.id, now });
      return m.id;
    });
    // A thread the resident writes to over WhatsApp gets staff replies back over WhatsApp (after
    // commit: the message is ours whatever the gateway says; its receipt shows on the message).
    if (asStaff && !input.internal && c.waPhone) {
      await relayToWhatsApp({ messageId, to: c.waPhone, body: input.body, fileIds: stored.fileIds, lastResidentMessageAt: c.lastResidentMessageAt, officeId: c.officeId }, whatsAppConfig(), now);
    }
    return { ok: true, messageId };
  } catch (error) {
    await discardFiles(stored.fileIds);
    throw error;
  }
}


/** Marks everything in the thread as read by the caller (per-participant marker). */
export async function markRead(actor: Actor, conversationId: string, now = new Date()): Promise<Result> {
  const c = await db.conversation.findUnique({ where: { id: conversationId }, select: scopeSelect });
  if (!c || !canSeeConversation(actor, c)) return { ok: false, error: "not_found" };
  await db.$transaction(async (tx) => {
    await tx.conversationRead.upsert({
      where: { conversationId_userId: { conversationId: c.id, userId: actor.userId } },
      update: { lastReadAt: now },
      create: { conversationId: c.id, userId: actor.userId, lastReadAt: now },
    });
    // The caller's other tabs and badges re-count.
    await publishAll(tx, [{ channel: channels.user(actor.userId), id: c.id }]);
  });
  return { ok: true };
}

// ───────────── Handling ─────────────

export async function assignConversation(actor: Actor, conversationId: string, assigneeId: string | null, now = new Date()): Promise<Result> {
  const c = await db.conversation.findUnique({ where: { id: conversationId }, select: scopeSelect });
  if (!c || !canHandleConversation(actor, c)) return { ok: false, error: "not_found" };
  let name: string | null = null;
  if (assigneeId) {
    const staff = await db.user.findFirst({
      where: { id: assigneeId, officeId: c.officeId, active: true, role: { in: ["STAFF", "SUPERVISOR", "ADMIN"] } },
      select: { name: true },
    });
    if (!staff) return { ok: false, error: "invalid_assignee" };
    name = staff.name;
  }
  await db.$transaction(async (tx) => {
    await tx.conversation.update({ where: { id: c.id }, data: { assigneeId } });
    const m = await systemLine(tx, c.id, assigneeId ? "assigned" : "unassigned", name, now);
    await publishAll(tx, announce(c, { toResident: false, ref: m.id }));
  });
  return { ok: true };
}

export async function setConversationStatus(actor: Actor, conversationId: string, status: "OPEN" | "PENDING" | "RESOLVED", now = new Date()): Promise<Result> {
  const c = await db.conversation.findUnique({ where: { id: conversationId }, select: { ...scopeSelect, status: true } });
  if (!c || !canHandleConversation(actor, c)) return { ok: false, error: "not_found" };
  if (c.status === status) return { ok: true };
  await db.$transaction(async (tx) => {
    await tx.conversation.update({ where: { id: c.id }, data: { status, resolvedAt: status === "RESOLVED" ? now : null } });
    const code = status === "RESOLVED" ? "resolved" : status === "PENDING" ? "pending" : "reopened";
    const m = await systemLine(tx, c.id, code, actor.name, now);
    await publishAll(tx, announce(c, { toResident: false, ref: m.id }));
  });
  return { ok: true };
}

// ───────────── Canned answers ─────────────

export async function saveCannedAnswer(actor: Actor, input: CannedInput): Promise<Result<{ id: string }>> {
  if (!isStaff(actor)) return { ok: false, error: "forbidden" };
  if (input.scope === "office" && !canManageOfficeCanned(actor)) return { ok: false, error: "forbidden" };
  const ownerKey = input.scope === "office" ? "" : actor.userId;
  try {
    if (input.id) {
      const existing = await db.cannedAnswer.findFirst({ where: { id: input.id, officeId: actor.officeId, ownerKey }, select: { id: true } });
      if (!existing) return { ok: false, error: "not_found" };
      await db.cannedAnswer.update({ where: { id: existing.id }, data: { shortcut: input.shortcut, body: input.body } });
      return { ok: true, id: existing.id };
    }
    const row = await db.cannedAnswer.create({ data: { officeId: actor.officeId, ownerKey, shortcut: input.shortcut, body: input.body }, select: { id: true } });
    return { ok: true, id: row.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, error: "shortcut_taken" };
    throw error;
  }
}

export async function deleteCannedAnswer(actor: Actor, id: string): Promise<Result> {
  if (!isStaff(actor)) return { ok: false, error: "forbidden" };
  const keys = canManageOfficeCanned(actor) ? ["", actor.userId] : [actor.userId];
  const { count } = await db.cannedAnswer.deleteMany({ where: { id, officeId: actor.officeId, ownerKey: { in: keys } } });
  return count > 0 ? { ok: true } : { ok: false, error: "not_found" };
}
