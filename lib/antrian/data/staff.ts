import "server-only";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { canOperateCounter, isRequestVerified } from "../policy";

/** The lokets this staff member may operate. */
export async function myCounters(actor: Actor) {
  const rows = await db.queueCounter.findMany({
    where: { officeId: actor.officeId, active: true },
    orderBy: { number: "asc" },
    select: { id: true, number: true, officeId: true, servicePointId: true, serviceIds: true, servicePoint: { select: { name: true } } },
  });
  return rows.filter((c) => canOperateCounter(actor, c));
}

/** The loket screen: what this loket has called, who waits, and where a number can be transferred. */
export async function counterScreen(actor: Actor, counterId: string, now = new Date()) {
  const counter = (await myCounters(actor)).find((c) => c.id === counterId);
  if (!counter) return null;
  const day = new Date(`${jakartaDateKey(now)}T00:00:00Z`);
  const [current, waiting, services, counters, booked] = await Promise.all([
    db.queueTicket.findFirst({
      where: { officeId: actor.officeId, day, counterId, status: { in: ["CALLED", "SERVING"] } },
      select: {
        id: true, number: true, status: true, priority: true, kind: true, calledAt: true, servedAt: true, recalls: true,
        queueService: { select: { name: true } },
        resident: { select: { id: true, fullName: true } },
        request: { select: { id: true, number: true, status: true, service: { select: { name: true } } } },
      },
    }),
    db.queueTicket.findMany({
      where: {
        officeId: actor.officeId, day, status: "WAITING",
        OR: [{ counterId: null }, { counterId }],
        ...(counter.serviceIds.length ? { queueServiceId: { in: counter.serviceIds } } : {}),
      },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      take: 50,
      select: { id: true, number: true, priority: true, kind: true, queuedAt: true, counterId: true, queueService: { select: { name: true } }, requestId: true },
    }),
    db.queueService.findMany({ where: { officeId: actor.officeId, active: true }, orderBy: { prefix: "asc" }, select: { id: true, name: true, prefix: true } }),
    db.queueCounter.findMany({ where: { officeId: actor.officeId, active: true }, orderBy: { number: "asc" }, select: { id: true, number: true } }),
    db.queueTicket.count({ where: { officeId: actor.officeId, day, status: "BOOKED" } }),
  ]);
  if (current?.resident) {
    await recordAudit(actor, "resident.viewed", { type: "resident", id: current.resident.id }, { via: "queue.counter", ticket: current.number });
  }
  const priorityFirst = [...waiting.filter((w) => w.priority !== "NONE"), ...waiting.filter((w) => w.priority === "NONE")];
  return {
    counter,
    current: current ? { ...current, requestVerified: current.request ? isRequestVerified(current.request.status) : false } : null,
    waiting: priorityFirst,
    services,
    counters: counters.filter((c) => c.id !== counterId),
    bookedNotArrived: booked,
  };
}
