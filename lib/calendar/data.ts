import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarFromOffice, holidayWindow, jakartaDateKey, type OfficeCalendar } from "./working-days";

// The one loader of an office's working-day calendar (requests, complaints, the desk, dashboards)
// and the one cache of it. Holiday window: from three years before to three years after the
// current Jakarta year (statistics look back that far; no SLA track reaches further ahead).
// Several app instances share one PostgreSQL, so the cache never trusts its own copy: it first
// reads offices.calendar_version (a primary-key lookup) and reloads when an admin change, in any
// instance, has bumped it (bumpCalendarVersion in ./mutations, same transaction as the change).

export type OfficeClock = OfficeCalendar & { slaWarnDays: number; code: string; version: number };

export { holidayWindow };

/** Reads the calendar fresh (inside a transaction, pass `client` so it sees the same snapshot). */
export async function loadOfficeCalendar(officeId: string, client: Prisma.TransactionClient = db, now: Date = new Date()): Promise<OfficeClock> {
  const { from, to } = holidayWindow(now);
  const office = await client.office.findUniqueOrThrow({
    where: { id: officeId },
    select: {
      code: true, openTime: true, closeTime: true, slaWarnDays: true, calendarVersion: true,
      holidays: { where: { date: { gte: from, lte: to } }, select: { date: true } },
    },
  });
  return {
    ...calendarFromOffice(office),
    slaWarnDays: office.slaWarnDays,
    code: office.code,
    version: office.calendarVersion,
  };
}

export type CalendarCache = { get(officeId: string, now?: Date): Promise<OfficeClock> };

/** A per-process cache checked against offices.calendar_version on every use. */
export function createCalendarCache(): CalendarCache {
  const entries = new Map<string, OfficeClock>();
  return {
    async get(officeId, now = new Date()) {
      const key = `${officeId}:${jakartaDateKey(now).slice(0, 4)}`;
      const cached = entries.get(key);
      if (cached) {
        const current = await db.office.findUnique({ where: { id: officeId }, select: { calendarVersion: true } });
        if (current?.calendarVersion === cached.version) return cached;
      }
      const fresh = await loadOfficeCalendar(officeId, db, now);
      entries.set(key, fresh);
      return fresh;
    },
  };
}

const shared = createCalendarCache();

/** The calendar for page reads (queues, detail pages, lists): cached, never stale across instances. */
export function cachedOfficeCalendar(officeId: string, now: Date = new Date()): Promise<OfficeClock> {
  return shared.get(officeId, now);
}
