import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jakartaDateKey, type OfficeCalendar } from "@/lib/calendar/working-days";

export type OfficeCalendarWithSla = OfficeCalendar & { slaWarnDays: number };

/**
 * An office's working-day calendar: its holidays from two years before to two years after `around`,
 * opening and closing time, and how many working days before the due date the SLA warns.
 */
export async function loadOfficeCalendar(
  officeId: string,
  around: Date = new Date(),
  client: Prisma.TransactionClient = db,
): Promise<OfficeCalendarWithSla> {
  const year = Number(jakartaDateKey(around).slice(0, 4));
  const office = await client.office.findUniqueOrThrow({
    where: { id: officeId },
    select: {
      openTime: true,
      closeTime: true,
      slaWarnDays: true,
      holidays: {
        where: { date: { gte: new Date(`${year - 2}-01-01T00:00:00Z`), lte: new Date(`${year + 2}-12-31T00:00:00Z`) } },
        select: { date: true },
      },
    },
  });
  // Holiday dates are stored as DATE (midnight UTC), so the ISO date is the Jakarta calendar day.
  const holidays = new Set(office.holidays.map((h) => h.date.toISOString().slice(0, 10)));
  return { holidays, openTime: office.openTime, closeTime: office.closeTime, slaWarnDays: office.slaWarnDays };
}
