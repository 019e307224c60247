import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { assigneeWhere, requestScope } from "@/lib/requests/policy";

/** Choices for the queue's filters and bulk assignment, limited to what the actor may see. */
export async function getQueueOptions(actor: Actor) {
  const scope = requestScope(actor);
  const unitWhere = scope.unitIds ? { id: { in: scope.unitIds } } : {};
  const [units, services, colleagues] = await Promise.all([
    db.unit.findMany({ where: { officeId: actor.officeId, active: true, ...unitWhere }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.service.findMany({
      where: { officeId: actor.officeId, ...(scope.unitIds ? { unitId: { in: scope.unitIds } } : {}) },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.user.findMany({
      where: assigneeWhere(actor, scope.unitIds),
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { units, services, colleagues };
}

export type QueueOptions = Awaited<ReturnType<typeof getQueueOptions>>;
