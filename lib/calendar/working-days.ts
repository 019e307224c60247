// Working-day clock on an office calendar, in Asia/Jakarta (UTC+7 all year, no daylight saving).
// Shared by requests, complaints and dashboards so every screen and export agrees.

const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type OfficeCalendar = {
  /** Holidays as "YYYY-MM-DD" (Jakarta dates), national and the office's own. */
  holidays: ReadonlySet<string>;
  /** Opening and closing time "HH:mm" (WIB). Submissions after closing count from the next working day. */
  openTime: string;
  closeTime: string;
};

export type Duration = { value: number; unit: "WORKING_DAYS" | "HOURS" | "MINUTES" };

export type SlaState = "ON_TRACK" | "DUE_SOON" | "OVERDUE" | "PAUSED";

/** "YYYY-MM-DD" of the Jakarta calendar day that `date` falls on. */
export function jakartaDateKey(date: Date): string {
  return new Date(date.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

/** The instant at `time` (WIB) on the Jakarta day `key`. */
export function jakartaInstant(key: string, time: string): Date {
  const midnightUtc = Date.parse(`${key}T00:00:00Z`);
  return new Date(midnightUtc - JAKARTA_OFFSET_MS + minutesOf(time) * 60_000);
}

function shiftKey(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(key: string, calendar: OfficeCalendar): boolean {
  const weekday = new Date(`${key}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(key);
}

export function nextWorkingDay(key: string, calendar: OfficeCalendar): string {
  let day = shiftKey(key, 1);
  // Bounded: even a year of holidays ends.
  for (let i = 0; i < 400 && !isWorkingDay(day, calendar); i++) day = shiftKey(day, 1);
  return day;
}

/** The working day on which handling starts: today if before closing on a working day, else the next one. */
export function receiptDay(at: Date, calendar: OfficeCalendar): string {
  const key = jakartaDateKey(at);
  const beforeClose = at.getTime() < jakartaInstant(key, calendar.closeTime).getTime();
  return isWorkingDay(key, calendar) && beforeClose ? key : nextWorkingDay(key, calendar);
}

/** Closing time of the `days`-th working day after `fromKey` (0 = that day itself). */
export function addWorkingDaysToKey(fromKey: string, days: number, calendar: OfficeCalendar): string {
  let key = fromKey;
  for (let i = 0; i < days; i++) key = nextWorkingDay(key, calendar);
  return key;
}

/**
 * Due date of work received at `at`: for N working days, closing time of the N-th working day after
 * the receipt day; for hours or minutes, that much office time from the moment of receipt.
 */
export function dueDate(at: Date, duration: Duration, calendar: OfficeCalendar): Date {
  if (duration.unit === "WORKING_DAYS") {
    const key = addWorkingDaysToKey(receiptDay(at, calendar), duration.value, calendar);
    return jakartaInstant(key, calendar.closeTime);
  }
  let remaining = duration.unit === "HOURS" ? duration.value * 60 : duration.value;
  let key = receiptDay(at, calendar);
  let cursor = Math.max(at.getTime(), jakartaInstant(key, calendar.openTime).getTime());
  for (let i = 0; i < 400; i++) {
    const close = jakartaInstant(key, calendar.closeTime).getTime();
    const available = Math.max(0, (close - cursor) / 60_000);
    if (remaining <= available) return new Date(cursor + remaining * 60_000);
    remaining -= available;
    key = nextWorkingDay(key, calendar);
    cursor = jakartaInstant(key, calendar.openTime).getTime();
  }
  return new Date(cursor);
}

/** Working days after `from`'s day up to and including `to`'s day (0 when `to` is not later). */
export function workingDaysBetween(from: Date, to: Date, calendar: OfficeCalendar): number {
  let key = jakartaDateKey(from);
  const end = jakartaDateKey(to);
  let count = 0;
  for (let i = 0; i < 20_000 && key < end; i++) {
    key = shiftKey(key, 1);
    if (isWorkingDay(key, calendar)) count++;
  }
  return count;
}

/** A due date moved later by the working days spent waiting on the resident (SLA pause). */
export function extendForPause(due: Date, pausedAt: Date, resumedAt: Date, calendar: OfficeCalendar): Date {
  const paused = workingDaysBetween(pausedAt, resumedAt, calendar);
  if (paused === 0) return due;
  return jakartaInstant(addWorkingDaysToKey(jakartaDateKey(due), paused, calendar), calendar.closeTime);
}

/**
 * Instants that split due dates into SLA states at `now`: due before `now` is overdue, due up to
 * `dueSoonUntil` is due soon. Queries filter on these, so lists, detail pages and exports agree.
 */
export function slaBoundaries(now: Date, warnDays: number, calendar: OfficeCalendar) {
  const dueSoonUntil = jakartaInstant(addWorkingDaysToKey(jakartaDateKey(now), warnDays, calendar), calendar.closeTime);
  return { now, dueSoonUntil };
}

export function slaState(
  item: { dueAt: Date | null; pausedAt?: Date | null },
  boundaries: { now: Date; dueSoonUntil: Date },
): SlaState | null {
  if (item.pausedAt) return "PAUSED";
  if (!item.dueAt) return null;
  if (item.dueAt.getTime() < boundaries.now.getTime()) return "OVERDUE";
  if (item.dueAt.getTime() <= boundaries.dueSoonUntil.getTime()) return "DUE_SOON";
  return "ON_TRACK";
}

/** An office's calendar from its row and holiday dates: the app's loader (lib/calendar/data) and the seeds alike. */
export function calendarFromOffice(office: { openTime: string; closeTime: string; holidays: { date: Date }[] }): OfficeCalendar {
  // Holiday dates are stored as DATE (midnight UTC), so the ISO date is the Jakarta calendar day.
  return { holidays: new Set(office.holidays.map((h) => h.date.toISOString().slice(0, 10))), openTime: office.openTime, closeTime: office.closeTime };
}

const WINDOW_YEARS = 3;

/** The holiday window every calendar load reads: three years either side of the Jakarta year. */
export function holidayWindow(now: Date = new Date()) {
  const year = Number(jakartaDateKey(now).slice(0, 4));
  return { from: new Date(`${year - WINDOW_YEARS}-01-01T00:00:00Z`), to: new Date(`${year + WINDOW_YEARS}-12-31T00:00:00Z`) };
}
