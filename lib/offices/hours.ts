// Today's opening hours and "open now" for an office, in Asia/Jakarta, from its hours and holidays.
import { isWorkingDay, jakartaDateKey, jakartaInstant, type OfficeCalendar } from "@/lib/calendar/working-days";

export type TodayHours =
  | { open: true; openNow: boolean; openTime: string; closeTime: string; dateKey: string }
  | { open: false; openNow: false; reason: "holiday" | "weekend"; holidayName: string | null; dateKey: string };

export function todayHours(now: Date, calendar: OfficeCalendar & { holidayNames?: ReadonlyMap<string, string> }): TodayHours {
  const dateKey = jakartaDateKey(now);
  if (!isWorkingDay(dateKey, calendar)) {
    const holiday = calendar.holidays.has(dateKey);
    return { open: false, openNow: false, reason: holiday ? "holiday" : "weekend", holidayName: calendar.holidayNames?.get(dateKey) ?? null, dateKey };
  }
  const t = now.getTime();
  const openNow = t >= jakartaInstant(dateKey, calendar.openTime).getTime() && t < jakartaInstant(dateKey, calendar.closeTime).getTime();
  return { open: true, openNow, openTime: calendar.openTime, closeTime: calendar.closeTime, dateKey };
}
