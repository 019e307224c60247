// Display helpers shared by the queue, exports and receipts.

// 3201010101950003 → 3201••••••••0003: enough to tell people apart at the desk, not enough to reuse.
export { maskNik } from "@/lib/residents/nik";

/** Jakarta calendar date "YYYY-MM-DD" → the instant of its midnight (WIB). */
export function jakartaMidnight(key: string): Date {
  return new Date(`${key}T00:00:00+07:00`);
}

/** The day after a "YYYY-MM-DD" key, for half-open date ranges. */
export function nextDayKey(key: string): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
