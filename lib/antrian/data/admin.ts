import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { loadRules } from "./plan";

/** Everything the queue admin page edits, for the admin's own office. */
export async function queueAdminData(actor: Actor) {
  const officeId = actor.officeId;
  const [services, schedules, counters, closures, points, catalogue, rules] = await Promise.all([
    db.queueService.findMany({ where: { officeId }, orderBy: { prefix: "asc" } }),
    db.queueSchedule.findMany({ where: { officeId }, orderBy: [{ queueServiceId: "asc" }, { startTime: "asc" }], include: { servicePoint: { select: { name: true } } } }),
    db.queueCounter.findMany({ where: { officeId }, orderBy: { number: "asc" }, include: { servicePoint: { select: { name: true } } } }),
    db.queueClosure.findMany({ where: { officeId, date: { gte: new Date(Date.now() - 86_400_000) } }, orderBy: { date: "asc" }, take: 50 }),
    db.servicePoint.findMany({ where: { officeId, active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.service.findMany({ where: { officeId, active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    loadRules(officeId),
  ]);
  return { services, schedules, counters, closures, points, catalogue, rules };
}
