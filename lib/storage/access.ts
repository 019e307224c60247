import "server-only";
import type { Actor } from "@/lib/auth/types";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import type { StorageDriver } from "@/lib/generated/prisma/enums";
import { canSee } from "@/lib/backoffice/scope";
import { canSeeConversation } from "@/lib/conversations/policy";

export type FileForDownload = {
  id: string;
  driver: StorageDriver;
  key: string;
  mime: string;
  size: number;
  originalName: string;
};

/** Why the caller may open the file; staff reasons are audited because the file is a resident's document. */
export type AccessReason =
  | { kind: "owner" }
  | { kind: "resident_request"; requestId: string }
  | { kind: "resident_complaint"; complaintId: string }
  | { kind: "staff_request"; requestId: string }
  | { kind: "staff_complaint"; complaintId: string }
  | { kind: "conversation"; conversationId: string; staff: boolean };

export type FileAccess = { ok: true; file: FileForDownload; reason: AccessReason } | { ok: false; error: "not_found" };

const STAFF_ROLES = new Set(["STAFF", "SUPERVISOR", "ADMIN"]);
const requestSelect = { id: true, officeId: true, unitId: true, enteredById: true, applicantId: true, residentId: true } as const;

/**
 * Who may open a stored file: its uploader; the resident a request or complaint belongs to
 * (a request's result only once it is completed); staff who can see the request in their queue
 * (its unit, or one they entered; supervisors and admins: the whole office — the back office's
 * `canSee`), and staff of the office handling a complaint. Everyone else — signed out, another resident, another
 * office — gets "not_found", so the file's existence is not revealed.
 */
export async function authorizeFileAccess(actor: Actor | null, fileId: string): Promise<FileAccess> {
  if (!actor || !/^[a-z0-9]{10,40}$/i.test(fileId)) return { ok: false, error: "not_found" };
  const row = await db.storedFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      driver: true,
      key: true,
      mime: true,
      size: true,
      originalName: true,
      ownerId: true,
      requestAttachments: { select: { request: { select: requestSelect } } },
      resultForRequests: { select: { ...requestSelect, status: true } },
      complaintAttachments: { select: { complaint: { select: { id: true, officeId: true, reporterId: true } } } },
      // Conversation attachments: whoever may see the thread — and residents only when the message is not an internal note.
      conversationAttachments: {
        select: {
          message: {
            select: {
              kind: true,
              conversation: { select: { id: true, officeId: true, kind: true, residentUserId: true, unitId: true, assigneeId: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return { ok: false, error: "not_found" };
  const { ownerId, requestAttachments, resultForRequests, complaintAttachments, conversationAttachments, ...file } = row;
  const granted = (reason: AccessReason): FileAccess => ({ ok: true, file, reason });

  if (ownerId === actor.userId) return granted({ kind: "owner" });

  const inThread = conversationAttachments.find(
    (a) => canSeeConversation(actor, a.message.conversation) && (actor.role !== "RESIDENT" || a.message.kind !== "INTERNAL"),
  );
  if (inThread) return granted({ kind: "conversation", conversationId: inThread.message.conversation.id, staff: actor.role !== "RESIDENT" });

  const isOwnRequest = (r: { applicantId: string | null; residentId: string }) =>
    r.applicantId === actor.userId || (actor.residentId !== null && r.residentId === actor.residentId);

  if (actor.role === "RESIDENT") {
    const attached = requestAttachments.find((a) => isOwnRequest(a.request));
    if (attached) return granted({ kind: "resident_request", requestId: attached.request.id });
    const result = resultForRequests.find((r) => r.status === "COMPLETED" && isOwnRequest(r));
    if (result) return granted({ kind: "resident_request", requestId: result.id });
    const complaint = complaintAttachments.find((a) => a.complaint.reporterId === actor.userId);
    if (complaint) return granted({ kind: "resident_complaint", complaintId: complaint.complaint.id });
    return { ok: false, error: "not_found" };
  }

  if (STAFF_ROLES.has(actor.role)) {
    const request =
      requestAttachments.map((a) => a.request).find((r) => canSee(actor, r)) ?? resultForRequests.find((r) => canSee(actor, r));
    if (request) return granted({ kind: "staff_request", requestId: request.id });
    const complaint = complaintAttachments.find((a) => a.complaint.officeId === actor.officeId);
    if (complaint) return granted({ kind: "staff_complaint", complaintId: complaint.complaint.id });
  }
  return { ok: false, error: "not_found" };
}

/** Records a staff member opening a resident's document (UU 27/2022); residents' own views are not logged. */
export async function auditFileView(actor: Actor, access: Extract<FileAccess, { ok: true }>) {
  const { reason, file } = access;
  if (reason.kind === "staff_request") {
    await recordAudit(actor, "request.file_viewed", { type: "ServiceRequest", id: reason.requestId }, { fileId: file.id });
  } else if (reason.kind === "staff_complaint") {
    await recordAudit(actor, "complaint.file_viewed", { type: "Complaint", id: reason.complaintId }, { fileId: file.id });
  } else if (reason.kind === "conversation" && reason.staff) {
    await recordAudit(actor, "conversation.file_viewed", { type: "Conversation", id: reason.conversationId }, { fileId: file.id });
  }
}
