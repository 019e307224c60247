import "server-only";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { loadOfficeCalendar, type OfficeCalendarWithSla } from "@/lib/requests/calendar-data";

// Every queue page needs the office calendar (holidays, hours, warning threshold) before its query.
// It changes a few times a year, so each server process keeps it for a short while instead of
// reading it on every page view. Admin changes to holidays, hours or the warning threshold reach the
// queue within TTL_MS, or at once in this process when the change calls forgetOfficeCalendar.
const TTL_MS = 30_000;
const cache = new Map<string, { expires: number; value: Promise<OfficeCalendarWithSla> }>();

export function cachedOfficeCalendar(officeId: string, now: Date = new Date()): Promise<OfficeCalendarWithSla> {
  const key = `${officeId}:${jakartaDateKey(now).slice(0, 4)}`;
  const hit = cache.get(key);
  if (hit && hit.expires > Date.now()) return hit.value;
  const value = loadOfficeCalendar(officeId, now);
  cache.set(key, { expires: Date.now() + TTL_MS, value });
  value.catch(() => cache.delete(key));
  return value;
}

export function forgetOfficeCalendar(officeId: string) {
  for (const key of cache.keys()) if (key.startsWith(`${officeId}:`)) cache.delete(key);
}
