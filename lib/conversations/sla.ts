// First-response SLA of a conversation, counted in the office's working hours (Asia/Jakarta).
import { dueDate, type Duration, type OfficeCalendar } from "@/lib/calendar/working-days";

/** Staff answer a resident's first message within 4 office hours. */
export const FIRST_RESPONSE: Duration = { value: 4, unit: "HOURS" };
/** "Due soon" in the last hour. */
const DUE_SOON_MS = 60 * 60 * 1000;

export type FirstResponseState = "MET" | "LATE" | "ON_TRACK" | "DUE_SOON" | "OVERDUE";

export function firstResponseDue(firstResidentMessageAt: Date, calendar: OfficeCalendar): Date {
  return dueDate(firstResidentMessageAt, FIRST_RESPONSE, calendar);
}

export function firstResponseState(c: { firstResponseDueAt: Date | null; firstRespondedAt: Date | null }, now: Date): FirstResponseState | null {
  if (!c.firstResponseDueAt) return null;
  const due = c.firstResponseDueAt.getTime();
  if (c.firstRespondedAt) return c.firstRespondedAt.getTime() <= due ? "MET" : "LATE";
  if (due < now.getTime()) return "OVERDUE";
  if (due - now.getTime() <= DUE_SOON_MS) return "DUE_SOON";
  return "ON_TRACK";
}
