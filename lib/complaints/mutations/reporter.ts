import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import type { confirmSchema, reopenSchema } from "../schema";
import { canReopenAt, trackDueDate } from "../sla";
import { canTransition, targetStatus } from "../workflow";
import { guardedUpdate } from "./guard";
import { fail, type Failure } from "./result";
import type { z } from "zod";

type Done = { ok: true; version: number; status: ComplaintStatus };

/** Only the reporter's own complaint; anyone else's is "not_found". */
async function loadOwn(actor: Actor, id: string) {
  if (actor.role !== "RESIDENT") return null;
  return db.complaint.findFirst({
    where: { id, reporterId: actor.userId },
    select: { id: true, officeId: true, status: true, version: true, unitId: true, track: true, completedAt: true },
  });
}

export async function confirmComplaint(actor: Actor, input: z.output<typeof confirmSchema>): Promise<Done | Failure> {
  const complaint = await loadOwn(actor, input.id);
  if (!complaint) return fail("not_found");
  if (complaint.version !== input.version) return fail("conflict");
  if (!canTransition("confirm", complaint.status)) return fail("invalid_transition");
  return db.$transaction(async (tx) => {
    const failure = await guardedUpdate(tx, input, "confirm", { status: "CLOSED", closedAt: new Date() });
    if (failure) return failure;
    await tx.complaintEvent.create({ data: { complaintId: input.id, actorId: actor.userId, type: "complaint.confirmed", fromStatus: "COMPLETED", toStatus: "CLOSED" } });
    return { ok: true as const, version: input.version + 1, status: "CLOSED" as const };
  });
}

/**
 * The reporter is not satisfied: within the reopen window the complaint returns to its unit with
 * a fresh time limit of its track; after the window the answer is "reopen_expired".
 */
export async function reopenComplaint(actor: Actor, input: z.output<typeof reopenSchema>, now = new Date()): Promise<Done | Failure> {
  const complaint = await loadOwn(actor, input.id);
  if (!complaint) return fail("not_found");
  if (complaint.version !== input.version) return fail("conflict");
  if (!canTransition("reopen", complaint.status)) return fail("invalid_transition");
  if (!canReopenAt(complaint.completedAt, now)) return fail("reopen_expired");
  const to = targetStatus("reopen", { hasUnit: complaint.unitId !== null });
  return db.$transaction(async (tx) => {
    const calendar = await loadOfficeCalendar(complaint.officeId, tx);
    const failure = await guardedUpdate(tx, input, "reopen", {
      status: to,
      completedAt: null,
      reopenCount: { increment: 1 },
      dueAt: trackDueDate(now, complaint.track ?? "SIMPLE", calendar),
    });
    if (failure) return failure;
    await tx.complaintEvent.create({
      data: { complaintId: input.id, actorId: actor.userId, type: "complaint.reopened", fromStatus: "COMPLETED", toStatus: to, note: input.reason },
    });
    return { ok: true as const, version: input.version + 1, status: to };
  });
}
