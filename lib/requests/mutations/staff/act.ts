import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordRequestEvent, type RequestEventInput } from "../events";
import { notifyRequestEvent } from "@/lib/notifications/mutations/hooks";
import type { RequestStatus } from "@/lib/requests/workflow";
import { canActOnRequest, canSeeRequest } from "@/lib/requests/policy";
import { fail, type Failure, type MutationResult } from "@/lib/requests/staff-result";

export type LoadedRequest = {
  id: string;
  officeId: string;
  unitId: string;
  serviceId: string;
  status: RequestStatus;
  version: number;
  assigneeId: string | null;
  enteredById: string | null;
  dueAt: Date | null;
  pausedAt: Date | null;
};

export type Plan = {
  data: Prisma.ServiceRequestUncheckedUpdateManyInput;
  /** `notify: false`: a step of a chain (verify → process → complete) the resident is not told of separately. */
  events: (Omit<RequestEventInput, "requestId" | "actorId"> & { notify?: false })[];
};

const loadSelect = {
  id: true, officeId: true, unitId: true, serviceId: true, status: true, version: true,
  assigneeId: true, enteredById: true, dueAt: true, pausedAt: true,
} as const;

/** Reads a request for an action and answers the scope and version questions first. */
export async function loadForAction(
  client: Prisma.TransactionClient,
  actor: Actor,
  target: { id: string; version: number },
): Promise<{ ok: true; request: LoadedRequest } | Failure> {
  const request = await client.serviceRequest.findFirst({ where: { id: target.id, officeId: actor.officeId }, select: loadSelect });
  // Another office's request, or one outside the actor's units, does not exist for them.
  if (!request || !canSeeRequest(actor, request)) return fail("not_found");
  if (!canActOnRequest(actor, request)) return fail("forbidden");
  if (request.version !== target.version) return fail("conflict");
  return { ok: true, request: request as LoadedRequest };
}

/**
 * The one write path of every staff action: in a transaction, check scope and version, let `plan`
 * decide (or refuse), then update WHERE id AND version. A concurrent writer that committed first
 * leaves zero rows to update, and the caller gets "conflict" with nothing overwritten.
 */
export async function actOnRequest(
  actor: Actor,
  target: { id: string; version: number },
  plan: (request: LoadedRequest, tx: Prisma.TransactionClient) => Promise<Plan | Failure> | Plan | Failure,
  /** An enclosing transaction (e.g. issuing a letter), so the status change commits with it. */
  within?: Prisma.TransactionClient,
): Promise<MutationResult> {
  const run = async (tx: Prisma.TransactionClient): Promise<MutationResult> => {
    const loaded = await loadForAction(tx, actor, target);
    if (!loaded.ok) return loaded;
    const decided = await plan(loaded.request, tx);
    if ("ok" in decided) return decided;
    const updated = await tx.serviceRequest.updateMany({
      where: { id: target.id, version: target.version },
      data: { ...decided.data, version: { increment: 1 } },
    });
    if (updated.count === 0) return fail("conflict");
    for (const { notify, ...event } of decided.events) {
      await recordRequestEvent(tx, { ...event, requestId: target.id, actorId: actor.userId });
      if (notify === false) continue;
      // Notifications (issue 10): queued in this transaction, so they exist only if the change commits.
      await notifyRequestEvent(tx, { requestId: target.id, type: event.type, actorId: actor.userId, occurrence: `v${target.version + 1}`, data: event.data });
    }
    return { ok: true, version: target.version + 1 };
  };
  return within ? run(within) : db.$transaction(run);
}
