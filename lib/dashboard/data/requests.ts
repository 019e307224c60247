import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { jakartaInstant, workingDaysBetween, type OfficeCalendar } from "@/lib/calendar/working-days";
import { AGING_BUCKETS, agingBucket, median, nearestRank, percent, type AgingBucket, type Weighted } from "../stats";

export type MetricScope = { officeId: string; start: Date; end: Date; serviceId?: string | null; unitId?: string | null };

const OPEN = Prisma.raw(`('SUBMITTED', 'VERIFIED', 'NEEDS_CORRECTION', 'PROCESSING')`);

function filters(scope: MetricScope): Prisma.Sql {
  return Prisma.sql`${scope.serviceId ? Prisma.sql` AND service_id = ${scope.serviceId}` : Prisma.empty}${
    scope.unitId ? Prisma.sql` AND unit_id = ${scope.unitId}` : Prisma.empty
  }`;
}

const dayInstant = (key: string) => jakartaInstant(key, "12:00");

export type RequestMetrics = Awaited<ReturnType<typeof requestMetrics>>;

/**
 * Request figures of a period. "Submitted" measures (status, service, channel, correction rate) count
 * requests submitted in the period; completion measures count requests completed in it; the backlog
 * is the open requests now, aged in working days on the office calendar.
 */
export async function requestMetrics(scope: MetricScope, calendar: OfficeCalendar, now = new Date()) {
  const where: Prisma.ServiceRequestWhereInput = {
    officeId: scope.officeId,
    submittedAt: { gte: scope.start, lt: scope.end },
    ...(scope.serviceId ? { serviceId: scope.serviceId } : {}),
    ...(scope.unitId ? { unitId: scope.unitId } : {}),
  };
  // The period table's "open" is the period's: open at its end (or now, for the running period), not today's backlog.
  const periodEnd = scope.end < now ? scope.end : now;
  const [byStatus, byService, byChannel, corrected, completedPairs, backlogDays, openOverdue, openAtEnd] = await Promise.all([
    db.serviceRequest.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.serviceRequest.groupBy({ by: ["serviceId"], where, _count: { _all: true } }),
    db.serviceRequest.groupBy({ by: ["channel"], where, _count: { _all: true } }),
    db.serviceRequest.count({
      where: { ...where, OR: [{ status: "NEEDS_CORRECTION" }, { events: { some: { toStatus: "NEEDS_CORRECTION" } } }] },
    }),
    db.$queryRaw<{ d0: string; d1: string; on_time: boolean | null; n: bigint }[]>(Prisma.sql`
      SELECT to_char(submitted_at + interval '7 hours', 'YYYY-MM-DD') AS d0,
             to_char(completed_at + interval '7 hours', 'YYYY-MM-DD') AS d1,
             (completed_at <= due_at) AS on_time, COUNT(*)::bigint AS n
      FROM service_requests
      WHERE office_id = ${scope.officeId} AND status = 'COMPLETED' AND submitted_at IS NOT NULL
        AND completed_at >= ${scope.start} AND completed_at < ${scope.end}${filters(scope)}
      GROUP BY 1, 2, 3`),
    db.$queryRaw<{ d0: string; n: bigint }[]>(Prisma.sql`
      SELECT to_char(submitted_at + interval '7 hours', 'YYYY-MM-DD') AS d0, COUNT(*)::bigint AS n
      FROM service_requests
      WHERE office_id = ${scope.officeId} AND status IN ${OPEN} AND submitted_at IS NOT NULL${filters(scope)}
      GROUP BY 1`),
    // Shown beside "selesai tepat waktu": that share only counts finished requests, so late open ones
    // (not paused for the resident) would otherwise not appear anywhere in the headline (issue 17).
    db.serviceRequest.count({
      where: {
        officeId: scope.officeId, status: { in: ["SUBMITTED", "VERIFIED", "PROCESSING"] }, pausedAt: null, dueAt: { lt: now },
        ...(scope.serviceId ? { serviceId: scope.serviceId } : {}), ...(scope.unitId ? { unitId: scope.unitId } : {}),
      },
    }),
    db.$queryRaw<{ n: bigint }[]>(Prisma.sql`
      SELECT COUNT(*)::bigint AS n FROM service_requests
      WHERE office_id = ${scope.officeId} AND status <> 'DRAFT' AND submitted_at < ${periodEnd}
        AND NOT (COALESCE(completed_at, closed_at) < ${periodEnd}) IS TRUE${filters(scope)}`),
  ]);

  const services = await db.service.findMany({
    where: { id: { in: byService.map((s) => s.serviceId) }, officeId: scope.officeId },
    select: { id: true, name: true },
  });
  const serviceName = new Map(services.map((s) => [s.id, s.name]));

  const durations: Weighted[] = [];
  let completed = 0;
  let withDue = 0;
  let onTime = 0;
  for (const row of completedPairs) {
    const n = Number(row.n);
    completed += n;
    if (row.on_time !== null) {
      withDue += n;
      if (row.on_time) onTime += n;
    }
    durations.push({ value: workingDaysBetween(dayInstant(row.d0), dayInstant(row.d1), calendar), count: n });
  }

  const aging = Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as Record<AgingBucket, number>;
  for (const row of backlogDays) aging[agingBucket(workingDaysBetween(dayInstant(row.d0), now, calendar))] += Number(row.n);

  const submitted = byStatus.reduce((n, s) => n + s._count._all, 0);
  return {
    submitted,
    byStatus: byStatus.map((s) => ({ status: s.status, count: s._count._all })),
    byService: byService
      .map((s) => ({ serviceId: s.serviceId, name: serviceName.get(s.serviceId) ?? "—", count: s._count._all }))
      .sort((a, b) => b.count - a.count),
    byChannel: byChannel.map((c) => ({ channel: c.channel, count: c._count._all })),
    correctionRate: percent(corrected, submitted),
    corrected,
    completed,
    slaCompliance: percent(onTime, withDue),
    onTime,
    medianDays: median(durations),
    p90Days: nearestRank(durations, 0.9),
    aging,
    backlog: Object.values(aging).reduce((a, b) => a + b, 0),
    openOverdue,
    openAtEnd: Number(openAtEnd[0]?.n ?? 0),
  };
}
