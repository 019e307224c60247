// The UU 27/2022 answer clock for data-subject requests: 3 × 24 hours of clock time from the
// moment the request is made, not working days (weekends and holidays count). Pure.

export const ANSWER_HOURS = 72;

export function privacyDueAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + ANSWER_HOURS * 60 * 60 * 1000);
}

export type ClockState = { overdue: boolean; hoursLeft: number; hoursOver: number };

/** Whole hours left (rounded down) or over (rounded up), for "sisa 13 jam" / "terlambat 2 jam". */
export function clockState(dueAt: Date, now: Date = new Date()): ClockState {
  const ms = dueAt.getTime() - now.getTime();
  if (ms >= 0) return { overdue: false, hoursLeft: Math.floor(ms / 3_600_000), hoursOver: 0 };
  return { overdue: true, hoursLeft: 0, hoursOver: Math.ceil(-ms / 3_600_000) };
}
