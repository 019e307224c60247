import "server-only";
import { db } from "@/lib/db";
import { publicCache } from "@/lib/http/public-cache";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { lastMonths, monthStart, percent, weightedMedian } from "../stats";
import { normalizeTicket } from "../ticket";
import { cachedOfficeCalendar } from "@/lib/calendar/data";
import { unitNameOf } from "./resident";

/**
 * What anyone with the ticket number may see. Never the reporter (no reporter field is even
 * selected). Content and notes only for Publik complaints; Rahasia and Anonim show the status
 * history alone, because their content could point to the person who reported.
 */
export async function getPublicTracking(ticketInput: string) {
  const ticket = normalizeTicket(ticketInput);
  if (!ticket) return null;
  const c = await db.complaint.findUnique({
    where: { ticket },
    select: {
      ticket: true, privacy: true, status: true, classification: true, createdAt: true, title: true, description: true, locationText: true,
      office: { select: { name: true } },
      category: { select: { name: true } },
      events: { where: { public: true }, orderBy: { createdAt: "asc" }, select: { type: true, toStatus: true, note: true, data: true, createdAt: true } },
    },
  });
  if (!c) return null;
  const open = c.privacy === "PUBLIK";
  return {
    ticket: c.ticket,
    office: c.office.name,
    status: c.status,
    submittedAt: c.createdAt,
    privacy: c.privacy,
    content: open ? { title: c.title, description: c.description, locationText: c.locationText, category: c.category.name, classification: c.classification } : null,
    timeline: c.events
      .filter((e) => e.toStatus !== null || open)
      .map((e) => ({
        at: e.createdAt,
        type: e.type,
        status: e.toStatus,
        note: open ? e.note : null,
        unitName: open ? unitNameOf(e.data) : null,
        rejectReason: open ? reasonOf(e.data) : null,
      })),
  };
}

function reasonOf(data: unknown): string | null {
  if (data && typeof data === "object" && "reason" in data && typeof data.reason === "string") return data.reason;
  return null;
}

export type PublicTracking = NonNullable<Awaited<ReturnType<typeof getPublicTracking>>>;

export const listStatisticsOffices = publicCache(async function listStatisticsOffices() {
  return db.office.findMany({ where: { active: true }, orderBy: [{ type: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true, type: true } });
}, "statistics-offices", ["statistics"]);

const FINISHED: ComplaintStatus[] = ["COMPLETED", "CLOSED"];

/**
 * Counts for the public statistics page, last 12 Jakarta months. Only numbers and category names:
 * counts include Rahasia and Anonim complaints, their content is never read here. Two SQL
 * aggregates (per month × status × category, and finished complaints per received/finished day
 * pair for the median in working days) instead of a year of complaint rows, run in parallel.
 */
export async function computePublicStatistics(officeId: string, now = new Date()) {
  const months = lastMonths(now, 12);
  const since = monthStart(months[0]);
  const [received, finished, categories, clock] = await Promise.all([
    db.$queryRaw<{ month: string; status: ComplaintStatus; category_id: string; n: number }[]>`
      SELECT to_char(created_at + interval '7 hours', 'YYYY-MM') AS month, status::text AS status, category_id, count(*)::int AS n
      FROM complaints
      WHERE office_id = ${officeId} AND created_at >= ${since}
      GROUP BY 1, 2, 3`,
    db.$queryRaw<{ from_day: string; to_day: string; n: number }[]>`
      SELECT to_char(created_at + interval '7 hours', 'YYYY-MM-DD') AS from_day,
             to_char(completed_at + interval '7 hours', 'YYYY-MM-DD') AS to_day, count(*)::int AS n
      FROM complaints
      WHERE office_id = ${officeId} AND status IN ('COMPLETED', 'CLOSED') AND completed_at >= ${since}
      GROUP BY 1, 2`,
    db.complaintCategory.findMany({ where: { officeId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    cachedOfficeCalendar(officeId),
  ]);

  const byMonth = new Map(months.map((m) => [m, { month: m, received: 0, completed: 0 }]));
  const perCategory = new Map<string, number>();
  let receivedCount = 0, completedOfReceived = 0, rejected = 0;
  for (const g of received) {
    const row = byMonth.get(g.month);
    if (row) row.received += g.n;
    perCategory.set(g.category_id, (perCategory.get(g.category_id) ?? 0) + g.n);
    receivedCount += g.n;
    if (FINISHED.includes(g.status)) completedOfReceived += g.n;
    if (g.status === "REJECTED") rejected += g.n;
  }
  let finishedCount = 0;
  const durations: { value: number; count: number }[] = [];
  // Working days depend on the Jakarta dates only (workingDaysBetween), so a day pair stands for its rows.
  const noon = (day: string) => new Date(`${day}T12:00:00+07:00`);
  for (const g of finished) {
    const row = byMonth.get(g.to_day.slice(0, 7));
    if (row) row.completed += g.n;
    finishedCount += g.n;
    durations.push({ value: workingDaysBetween(noon(g.from_day), noon(g.to_day), clock), count: g.n });
  }
  return {
    months: [...byMonth.values()],
    categories: categories.map((c) => ({ name: c.name, count: perCategory.get(c.id) ?? 0 })).filter((c) => c.count > 0),
    received: receivedCount,
    completed: completedOfReceived,
    rejected,
    inProgress: receivedCount - completedOfReceived - rejected,
    completedPercent: percent(completedOfReceived, receivedCount),
    medianWorkingDays: weightedMedian(durations),
    finishedCount,
  };
}

/** The statistics page's figures, cached for publicCacheSeconds() (lib/http/public-cache.ts). */
export const getPublicStatistics = publicCache((officeId: string) => computePublicStatistics(officeId), "public-statistics", ["statistics"]);

export type PublicStatistics = Awaited<ReturnType<typeof computePublicStatistics>>;
