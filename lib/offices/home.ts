import "server-only";
import { listTopFaq } from "@/lib/faq/data";
import { getOfficeForHome, listHomeNews } from "@/lib/news/data";
import { getOfficeHoliday } from "./data";
import { todayHours } from "./hours";
import { jakartaDateKey } from "@/lib/calendar/working-days";

/** What an office's home shows today: pinned and recent announcements, today's hours, the top FAQ. */
export async function getOfficeHome(officeId: string, now: Date, audience: "public" | "staff" = "public") {
  const office = await getOfficeForHome(officeId);
  if (!office) return null;
  const dateKey = jakartaDateKey(now);
  const [news, faq, holiday] = await Promise.all([listHomeNews(office, now, audience), listTopFaq(office.id, 5), getOfficeHoliday(office.id, dateKey)]);
  const hours = todayHours(now, {
    holidays: new Set(holiday ? [dateKey] : []),
    holidayNames: new Map(holiday ? [[dateKey, holiday.name]] : []),
    openTime: office.openTime,
    closeTime: office.closeTime,
  });
  return { office, news, faq, hours };
}

/** Today's hours of several offices at once (the site's front page). */
export async function getTodayHours(office: { id: string; openTime: string; closeTime: string }, now: Date) {
  const dateKey = jakartaDateKey(now);
  const holiday = await getOfficeHoliday(office.id, dateKey);
  return todayHours(now, {
    holidays: new Set(holiday ? [dateKey] : []),
    holidayNames: new Map(holiday ? [[dateKey, holiday.name]] : []),
    openTime: office.openTime,
    closeTime: office.closeTime,
  });
}
