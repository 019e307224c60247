// Which slots a queue service offers on a day: its schedules for that weekday, minus the office
// holidays and queue closures. Pure; times in Asia/Jakarta (WIB).
import { isWorkingDay, jakartaInstant, type OfficeCalendar } from "@/lib/calendar/working-days";

export type ScheduleRule = {
  weekdays: readonly number[]; // ISO 1 = Monday … 7 = Sunday
  startTime: string; // "HH:mm"
  endTime: string;
  slotMinutes: number;
  quotaPerSlot: number;
  quotaPerDay: number;
};

export type SlotSpec = { startsAt: Date; endsAt: Date; start: string; end: string; quota: number };

export type DayPlan = { open: false; reason: "holiday" | "closed" | "no_schedule" } | { open: true; quotaPerDay: number; slots: SlotSpec[] };

/** ISO weekday (1 = Monday … 7 = Sunday) of a "YYYY-MM-DD" calendar day. */
export function isoWeekday(key: string): number {
  const d = new Date(`${key}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The day's plan. Holidays close the office whatever the schedule says (a schedule may include
 * Saturday: only the holiday list, not the weekend rule, applies to queue days). Overlapping
 * sessions are merged by start time; a slot that does not fit before the session end is dropped.
 */
export function planDay(key: string, schedules: readonly ScheduleRule[], calendar: Pick<OfficeCalendar, "holidays">, closed: boolean): DayPlan {
  if (calendar.holidays.has(key)) return { open: false, reason: "holiday" };
  if (closed) return { open: false, reason: "closed" };
  const weekday = isoWeekday(key);
  const today = schedules.filter((s) => s.weekdays.includes(weekday) && s.slotMinutes > 0);
  if (today.length === 0) return { open: false, reason: "no_schedule" };
  const byStart = new Map<string, SlotSpec>();
  for (const s of today) {
    const end = minutesOf(s.endTime);
    for (let m = minutesOf(s.startTime); m + s.slotMinutes <= end; m += s.slotMinutes) {
      const start = timeOf(m);
      const prev = byStart.get(start);
      const quota = (prev?.quota ?? 0) + s.quotaPerSlot;
      byStart.set(start, { start, end: timeOf(m + s.slotMinutes), startsAt: jakartaInstant(key, start), endsAt: jakartaInstant(key, timeOf(m + s.slotMinutes)), quota });
    }
  }
  const slots = [...byStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { open: true, quotaPerDay: today.reduce((n, s) => n + s.quotaPerDay, 0), slots };
}

/** Whether a weekday-only office calendar would also call this a working day (for hints in the admin page). */
export function isRegularWorkingDay(key: string, calendar: OfficeCalendar): boolean {
  return isWorkingDay(key, calendar);
}

/** The next `count` calendar days from `fromKey` (inclusive) as "YYYY-MM-DD". */
export function nextDays(fromKey: string, count: number): string[] {
  const start = Date.parse(`${fromKey}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}
