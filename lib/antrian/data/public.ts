import "server-only";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { estimatedWaitMinutes } from "../wait";

export type CounterNow = { number: number; ticket: string | null; status: "CALLED" | "SERVING" | null; announceKey: string | null };
export type ServiceNow = { id: string; prefix: string; name: string; waiting: number; estimateMin: number };
export type QueueStatus = {
  office: { slug: string; name: string };
  day: string;
  counters: CounterNow[];
  next: string[];
  services: ServiceNow[];
  servedToday: number;
};

/**
 * Today's public queue status of an office: numbers now at each loket, the next ones, how many
 * wait per service and a rough wait. Numbers only, no names: safe for a TV in the waiting room.
 */
export async function loadQueueStatus(officeSlug: string, now = new Date()): Promise<QueueStatus | null> {
  const office = await db.office.findFirst({ where: { slug: officeSlug, active: true }, select: { id: true, slug: true, name: true } });
  if (!office) return null;
  const dayKey = jakartaDateKey(now);
  const day = new Date(`${dayKey}T00:00:00Z`);
  const [counters, active, services, finished] = await Promise.all([
    db.queueCounter.findMany({ where: { officeId: office.id, active: true }, orderBy: { number: "asc" }, select: { id: true, number: true, serviceIds: true } }),
    db.queueTicket.findMany({
      where: { officeId: office.id, day, status: { in: ["WAITING", "CALLED", "SERVING"] } },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      select: { id: true, number: true, status: true, priority: true, counterId: true, queueServiceId: true, recalls: true, calledAt: true },
      take: 2000,
    }),
    db.queueService.findMany({ where: { officeId: office.id, active: true }, orderBy: { prefix: "asc" }, select: { id: true, prefix: true, name: true, avgServiceMin: true } }),
    db.$queryRaw<{ queue_service_id: string; n: bigint; avg_min: number | null }[]>`
      SELECT queue_service_id, count(*) AS n, avg(extract(epoch FROM finished_at - called_at) / 60)::float8 AS avg_min
      FROM queue_tickets WHERE office_id = ${office.id} AND day = ${day} AND status = 'DONE' GROUP BY queue_service_id`,
  ]);
  const waiting = active.filter((t) => t.status === "WAITING");
  const priorityFirst = [...waiting.filter((t) => t.priority !== "NONE"), ...waiting.filter((t) => t.priority === "NONE")];
  const avgOf = new Map(finished.map((f) => [f.queue_service_id, f.avg_min]));
  return {
    office: { slug: office.slug, name: office.name },
    day: dayKey,
    counters: counters.map((c) => {
      const t = active.find((a) => a.counterId === c.id && (a.status === "CALLED" || a.status === "SERVING"));
      return { number: c.number, ticket: t?.number ?? null, status: (t?.status as "CALLED" | "SERVING" | undefined) ?? null, announceKey: t ? `${t.id}:${t.recalls}` : null };
    }),
    next: priorityFirst.slice(0, 6).map((t) => t.number),
    services: services.map((s) => {
      const n = waiting.filter((t) => t.queueServiceId === s.id).length;
      const open = counters.filter((c) => c.serviceIds.length === 0 || c.serviceIds.includes(s.id)).length;
      return { id: s.id, prefix: s.prefix, name: s.name, waiting: n, estimateMin: estimatedWaitMinutes(n, Math.round(avgOf.get(s.id) ?? s.avgServiceMin), open) };
    }),
    servedToday: finished.reduce((n, f) => n + Number(f.n), 0),
  };
}

/** Active queue services of an office for booking and walk-ins. */
export async function listQueueServices(officeId: string) {
  return db.queueService.findMany({
    where: { officeId, active: true },
    orderBy: { prefix: "asc" },
    select: { id: true, prefix: true, name: true, requireVerifiedRequest: true, serviceId: true, office: { select: { name: true, slug: true } } },
  });
}

/** Every office's bookable queue services, for the resident's first step. */
export async function listBookableServices() {
  return db.queueService.findMany({
    where: { active: true, office: { active: true }, schedules: { some: { active: true } } },
    orderBy: [{ office: { name: "asc" } }, { prefix: "asc" }],
    select: { id: true, prefix: true, name: true, requireVerifiedRequest: true, serviceId: true, officeId: true, office: { select: { name: true, slug: true } } },
  });
}
