// Time limits for complaints in working days on the office calendar, per the national complaint
// norms (SP4N-LAPOR!): verification within 3; then by track 5 / 5 / 14 / 60.
import { dueDate, type OfficeCalendar } from "@/lib/calendar/working-days";
import type { ComplaintStatus } from "./workflow";

export type ComplaintTrack = "INFORMATION" | "SIMPLE" | "NO_INSPECTION" | "FIELD_INSPECTION";

export const VERIFY_DAYS = 3;

export const TRACK_DAYS: Record<ComplaintTrack, number> = {
  INFORMATION: 5,
  SIMPLE: 5,
  NO_INSPECTION: 14,
  FIELD_INSPECTION: 60,
};

export const TRACKS = Object.keys(TRACK_DAYS) as ComplaintTrack[];

/** How long the reporter may reopen a completed complaint (calendar days). */
export const REOPEN_WINDOW_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export function verifyDueDate(receivedAt: Date, calendar: OfficeCalendar): Date {
  return dueDate(receivedAt, { value: VERIFY_DAYS, unit: "WORKING_DAYS" }, calendar);
}

/** The handling clock starts when the office accepts the complaint (verification), or again at a reopen. */
export function trackDueDate(startedAt: Date, track: ComplaintTrack, calendar: OfficeCalendar): Date {
  return dueDate(startedAt, { value: TRACK_DAYS[track], unit: "WORKING_DAYS" }, calendar);
}

/** The due date that matters now: verification while waiting for triage, then the track's. */
export function effectiveDue(item: { status: ComplaintStatus; verifyDueAt: Date; dueAt: Date | null }): Date | null {
  if (item.status === "SUBMITTED") return item.verifyDueAt;
  if (item.status === "VERIFIED" || item.status === "DISPOSED" || item.status === "FOLLOWED_UP") return item.dueAt;
  return null;
}

export function reopenDeadline(completedAt: Date): Date {
  return new Date(completedAt.getTime() + REOPEN_WINDOW_DAYS * DAY_MS);
}

export function canReopenAt(completedAt: Date | null, now: Date): boolean {
  return completedAt !== null && now.getTime() <= reopenDeadline(completedAt).getTime();
}
