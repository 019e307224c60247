import "server-only";
import { db } from "@/lib/db";
import type { OfficeCalendar } from "@/lib/calendar/working-days";
import type { Prisma } from "@/lib/generated/prisma/client";

export type OfficeClock = { calendar: OfficeCalendar; slaWarnDays: number; code: string };

/**
 * The office's working-day calendar. Holidays from two years back (medians on the statistics page
 * look that far) to two years ahead (a 60-working-day track never reaches further).
 */
export async function loadOfficeClock(officeId: string, tx: Prisma.TransactionClient = db): Promise<OfficeClock> {
  const now = Date.now();
  const year = 365 * 24 * 60 * 60 * 1000;
  const [office, holidays] = await Promise.all([
    tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { openTime: true, closeTime: true, slaWarnDays: true, code: true } }),
    tx.holiday.findMany({
      where: { officeId, date: { gte: new Date(now - 2 * year), lte: new Date(now + 2 * year) } },
      select: { date: true },
    }),
  ]);
  return {
    calendar: {
      holidays: new Set(holidays.map((h) => h.date.toISOString().slice(0, 10))),
      openTime: office.openTime,
      closeTime: office.closeTime,
    },
    slaWarnDays: office.slaWarnDays,
    code: office.code,
  };
}
