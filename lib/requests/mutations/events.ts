import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestStatus } from "../workflow";

export type RequestEventType =
  | "request.created"
  | "request.submitted"
  | "request.resubmitted"
  | "request.cancelled"
  | "request.verified"
  | "request.correction_requested"
  | "request.processing"
  | "request.completed"
  | "request.rejected"
  | "request.received"
  | "request.assigned"
  | "request.note"
  | "request.filed_for_other_office"
  | (string & {});

export type RequestEventInput = {
  requestId: string;
  actorId: string | null;
  type: RequestEventType;
  fromStatus?: RequestStatus | null;
  toStatus?: RequestStatus | null;
  /** Shown to the resident unless `internal`. */
  note?: string | null;
  /** Internal notes are never shown to the resident. */
  internal?: boolean;
  data?: Prisma.InputJsonValue;
  at?: Date;
};

/** Appends one timeline entry; call it inside the transaction that makes the change. */
export async function recordRequestEvent(tx: Prisma.TransactionClient, input: RequestEventInput) {
  await tx.requestEvent.create({
    data: {
      requestId: input.requestId,
      actorId: input.actorId,
      type: input.type,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      note: input.note?.trim() || null,
      internal: input.internal ?? false,
      data: input.data ?? undefined,
      ...(input.at ? { createdAt: input.at } : {}),
    },
  });
}
