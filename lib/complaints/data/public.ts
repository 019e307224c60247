import "server-only";
import { db } from "@/lib/db";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { lastMonths, median, monthOf, monthStart, percent } from "../stats";
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

export async function listStatisticsOffices() {
  return db.office.findMany({ where: { active: true }, orderBy: [{ type: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true, type: true } });
}

const FINISHED: ComplaintStatus[] = ["COMPLETED", "CLOSED"];

/**
 * Counts for the public statistics page, last 12 Jakarta months. Only numbers and category names:
 * counts include Rahasia and Anonim complaints, their content is never read here.
 */
export async function getPublicStatistics(officeId: string, now = new Date()) {
  const months = lastMonths(now, 12);
  const since = monthStart(months[0]);
  const [received, finished, categories, clock] = await Promise.all([
    db.complaint.findMany({ where: { officeId, createdAt: { gte: since } }, select: { createdAt: true, status: true, categoryId: true } }),
    db.complaint.findMany({
      where: { officeId, status: { in: FINISHED }, completedAt: { gte: since } },
      select: { createdAt: true, completedAt: true },
    }),
    db.complaintCategory.findMany({ where: { officeId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    cachedOfficeCalendar(officeId),
  ]);

  const byMonth = new Map(months.map((m) => [m, { month: m, received: 0, completed: 0 }]));
  for (const c of received) {
    const row = byMonth.get(monthOf(c.createdAt));
    if (row) row.received++;
  }
  for (const c of finished) {
    const row = byMonth.get(monthOf(c.completedAt!));
    if (row) row.completed++;
  }
  const perCategory = new Map<string, number>();
  for (const c of received) perCategory.set(c.categoryId, (perCategory.get(c.categoryId) ?? 0) + 1);

  const receivedCount = received.length;
  const completedOfReceived = received.filter((c) => FINISHED.includes(c.status)).length;
  return {
    months: [...byMonth.values()],
    categories: categories.map((c) => ({ name: c.name, count: perCategory.get(c.id) ?? 0 })).filter((c) => c.count > 0),
    received: receivedCount,
    completed: completedOfReceived,
    rejected: received.filter((c) => c.status === "REJECTED").length,
    inProgress: received.filter((c) => !FINISHED.includes(c.status) && c.status !== "REJECTED").length,
    completedPercent: percent(completedOfReceived, receivedCount),
    medianWorkingDays: median(finished.map((c) => workingDaysBetween(c.createdAt, c.completedAt!, clock))),
    finishedCount: finished.length,
  };
}

export type PublicStatistics = Awaited<ReturnType<typeof getPublicStatistics>>;
