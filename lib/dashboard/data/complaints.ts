import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { jakartaInstant, workingDaysBetween, type OfficeCalendar } from "@/lib/calendar/working-days";
import { percent } from "../stats";
import type { MetricScope } from "./requests";

export type ComplaintMetrics = Awaited<ReturnType<typeof complaintMetrics>>;

/** Working days allowed for the first follow-up of a complaint on this dashboard. */
export const FOLLOW_UP_DAYS = 5;

/**
 * Complaints received in the period (by creation), filtered by the unit they are disposed to (a
 * complaint has no service). "Closed" = COMPLETED or CLOSED. "Followed up in time" = the first
 * follow-up (a recorded tindak lanjut or the move to FOLLOWED_UP) within 5 working days of receipt;
 * complaints without one yet count as not in time.
 */
export async function complaintMetrics(scope: MetricScope, calendar: OfficeCalendar) {
  const where: Prisma.ComplaintWhereInput = {
    officeId: scope.officeId,
    createdAt: { gte: scope.start, lt: scope.end },
    ...(scope.unitId ? { unitId: scope.unitId } : {}),
  };
  const unitFilter = scope.unitId ? Prisma.sql` AND c.unit_id = ${scope.unitId}` : Prisma.empty;
  const [byStatus, byCategory, byChannel, firstFollowUps] = await Promise.all([
    db.complaint.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.complaint.groupBy({ by: ["categoryId"], where, _count: { _all: true } }),
    db.complaint.groupBy({ by: ["channel"], where, _count: { _all: true } }),
    db.$queryRaw<{ d0: string; d1: string; n: bigint }[]>(Prisma.sql`
      SELECT to_char(c.created_at + interval '7 hours', 'YYYY-MM-DD') AS d0,
             to_char(LEAST(f.first_at, e.first_at) + interval '7 hours', 'YYYY-MM-DD') AS d1,
             COUNT(*)::bigint AS n
      FROM complaints c
      LEFT JOIN LATERAL (SELECT MIN(created_at) AS first_at FROM complaint_follow_ups WHERE complaint_id = c.id) f ON true
      LEFT JOIN LATERAL (SELECT MIN(created_at) AS first_at FROM complaint_events
                         WHERE complaint_id = c.id AND to_status = 'FOLLOWED_UP') e ON true
      WHERE c.office_id = ${scope.officeId} AND c.created_at >= ${scope.start} AND c.created_at < ${scope.end}${unitFilter}
        AND COALESCE(f.first_at, e.first_at) IS NOT NULL
      GROUP BY 1, 2`),
  ]);
  const categories = await db.complaintCategory.findMany({
    where: { id: { in: byCategory.map((c) => c.categoryId) }, officeId: scope.officeId },
    select: { id: true, name: true },
  });
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));

  const received = byStatus.reduce((n, s) => n + s._count._all, 0);
  const closed = byStatus.filter((s) => s.status === "COMPLETED" || s.status === "CLOSED").reduce((n, s) => n + s._count._all, 0);
  const day = (key: string) => jakartaInstant(key, "12:00");
  const inTime = firstFollowUps
    .filter((r) => workingDaysBetween(day(r.d0), day(r.d1), calendar) <= FOLLOW_UP_DAYS)
    .reduce((n, r) => n + Number(r.n), 0);

  return {
    received,
    closed,
    closedRate: percent(closed, received),
    followedUpInTime: inTime,
    followUpRate: percent(inTime, received),
    byStatus: byStatus.map((s) => ({ status: s.status, count: s._count._all })),
    /** Where complaints came from: web, loket, pos RW, WhatsApp, Open311 clients (API). */
    byChannel: byChannel.map((c) => ({ channel: c.channel, count: c._count._all })).sort((a, b) => b.count - a.count),
    byCategory: byCategory
      .map((c) => ({ categoryId: c.categoryId, name: categoryName.get(c.categoryId) ?? "—", count: c._count._all }))
      .sort((a, b) => b.count - a.count),
  };
}
