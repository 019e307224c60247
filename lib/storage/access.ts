import "server-only";
import type { Actor } from "@/lib/auth/types";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import type { StorageDriver } from "@/lib/generated/prisma/enums";
import { fileAccessReason, type AccessReason } from "./policy";

export type { AccessReason } from "./policy";

export type FileForDownload = {
  id: string;
  driver: StorageDriver;
  key: string;
  mime: string;
  size: number;
  originalName: string;
  /** The name the browser saves it under: a request's result as "Surat-Keterangan-Domisili-PKS-2026-000024.pdf". */
  downloadName: string;
};

export type FileAccess = { ok: true; file: FileForDownload; reason: AccessReason } | { ok: false; error: "not_found" };

const requestSelect = { id: true, officeId: true, unitId: true, enteredById: true, applicantId: true, residentId: true, status: true } as const;

/**
 * Loads what the file is attached to and applies the file rule (lib/storage/policy.ts). Everyone the
 * rule does not name gets "not_found", so the file's existence is not revealed.
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
      resultForRequests: { select: { ...requestSelect, number: true, service: { select: { name: true } } } },
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
  const reason = fileAccessReason(actor, {
    ownerId,
    attachedTo: requestAttachments.map((a) => a.request),
    resultOf: resultForRequests,
    complaints: complaintAttachments.map((a) => a.complaint),
    conversations: conversationAttachments.map((a) => ({ messageKind: a.message.kind, conversation: a.message.conversation })),
  });
  if (!reason) return { ok: false, error: "not_found" };
  const result = resultForRequests[0];
  const downloadName = result?.number ? resultFileName(result.service.name, result.number, file.originalName) : file.originalName;
  return { ok: true, file: { ...file, downloadName }, reason };
}

/** "Surat Keterangan Domisili" + "PKS/2026/000024" + ".pdf" → "Surat-Keterangan-Domisili-PKS-2026-000024.pdf". */
export function resultFileName(serviceName: string, number: string, originalName: string): string {
  const ext = /\.[a-z0-9]{1,5}$/i.exec(originalName)?.[0].toLowerCase() ?? "";
  const part = (v: string) => v.normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  return `${part(serviceName)}-${part(number)}${ext}`;
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
