// Who may open a stored file, decided on the rows the file is attached to. Pure: lib/storage/access.ts
// loads the rows and calls `fileAccessReason`; the request and complaint rules are those domains' own.
import type { Actor } from "@/lib/auth/types";
import { canSeeComplaintAsStaff, isOwnComplaint } from "@/lib/complaints/policy";
import { can } from "@/lib/auth/policy";
import { canSeeConversation } from "@/lib/conversations/policy";
import { canSeeRequest, canSeeResult, isOwnRequest, type RequestRecord } from "@/lib/requests/policy";

type ConversationRecord = Parameters<typeof canSeeConversation>[1] & { id: string };

/** Why the caller may open the file; staff reasons are audited because the file is a resident's document. */
export type AccessReason =
  | { kind: "owner" }
  | { kind: "resident_request"; requestId: string }
  | { kind: "resident_complaint"; complaintId: string }
  | { kind: "staff_request"; requestId: string }
  | { kind: "staff_complaint"; complaintId: string }
  | { kind: "conversation"; conversationId: string; staff: boolean };

type FileRequest = RequestRecord & { id: string };

/** What a stored file is attached to. */
export type FileLinks = {
  ownerId: string | null;
  /** Requests the file is a requirement upload of. */
  attachedTo: FileRequest[];
  /** Requests the file is the result document of. */
  resultOf: FileRequest[];
  complaints: { id: string; officeId: string; reporterId: string | null }[];
  /** Conversation messages the file is attached to (internal notes are for staff only). */
  conversations?: { messageKind: string; conversation: ConversationRecord }[];
};

/**
 * Its uploader; the resident a request or complaint belongs to (a request's result only once it is
 * completed); staff who can see the request in their queue (its unit, or one they entered;
 * supervisors and admins: the whole office), and staff of the office handling a complaint.
 * Everyone else — signed out, another resident, another office — gets null ("not found").
 */
export function fileAccessReason(actor: Actor | null, links: FileLinks): AccessReason | null {
  if (!actor) return null;
  if (links.ownerId !== null && links.ownerId === actor.userId) return { kind: "owner" };

  const staff = can(actor.role, "conversation.handle");
  const inThread = links.conversations?.find((a) => canSeeConversation(actor, a.conversation) && (staff || a.messageKind !== "INTERNAL"));
  if (inThread) return { kind: "conversation", conversationId: inThread.conversation.id, staff };

  const ownAttached = links.attachedTo.find((r) => isOwnRequest(actor, r));
  if (ownAttached) return { kind: "resident_request", requestId: ownAttached.id };
  const ownResult = links.resultOf.find((r) => canSeeResult(actor, r));
  if (ownResult) return { kind: "resident_request", requestId: ownResult.id };
  const ownComplaint = links.complaints.find((c) => isOwnComplaint(actor, c));
  if (ownComplaint) return { kind: "resident_complaint", complaintId: ownComplaint.id };

  const staffRequest = links.attachedTo.find((r) => canSeeRequest(actor, r)) ?? links.resultOf.find((r) => canSeeRequest(actor, r));
  if (staffRequest) return { kind: "staff_request", requestId: staffRequest.id };
  const staffComplaint = links.complaints.find((c) => canSeeComplaintAsStaff(actor, c));
  if (staffComplaint) return { kind: "staff_complaint", complaintId: staffComplaint.id };
  return null;
}
