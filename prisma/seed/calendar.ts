// The seeds read an office's calendar exactly as the app does (lib/calendar: same holiday window,
// same builder), so demo deadlines obey the rules the dashboards then measure (issue 17).
import { calendarFromOffice, holidayWindow, type OfficeCalendar } from "../../lib/calendar/working-days";
import type { SeedDb } from "./client";

export async function seedCalendar(db: SeedDb, officeId: string, now = new Date()): Promise<OfficeCalendar> {
  const { from, to } = holidayWindow(now);
  const office = await db.office.findUniqueOrThrow({
    where: { id: officeId },
    select: { openTime: true, closeTime: true, holidays: { where: { date: { gte: from, lte: to } }, select: { date: true } } },
  });
  return calendarFromOffice(office);
}
