// Who may send, read and answer kritik & saran. Pure; where shapes are plain objects Prisma accepts.
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

/** Signed-in residents send to their own office (and read the answers); visitors use the anonymous form. */
export function canSendFeedback(actor: Pick<Actor, "role"> | null): boolean {
  return actor !== null && can(actor.role, "resident.self");
}

/** The resident's own messages; for anyone else, none. */
export function ownFeedbackWhere(actor: Actor) {
  if (!can(actor.role, "resident.self")) return { id: "__none__" } as const;
  return { senderId: actor.userId };
}

/** Staff read and answer the messages of their own office only. */
export function officeFeedbackWhere(actor: Actor) {
  if (!can(actor.role, "feedback.answer")) return { id: "__none__" } as const;
  return { officeId: actor.officeId };
}
