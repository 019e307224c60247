// Quiet hours for SMS and WhatsApp: 21:00–06:00 Asia/Jakarta (UTC+7 all year, no daylight saving).
const JAKARTA_OFFSET_MS = 7 * 3600_000;

export const QUIET_START_HOUR = 21;
export const QUIET_END_HOUR = 6;

/** The hour of day in Asia/Jakarta. */
export function jakartaHour(at: Date): number {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).getUTCHours();
}

export function inQuietHours(at: Date): boolean {
  const h = jakartaHour(at);
  return h >= QUIET_START_HOUR || h < QUIET_END_HOUR;
}

/** When a message created at `at` may be sent: `at` itself, or the next 06:00 Asia/Jakarta. */
export function nextSendTime(at: Date): Date {
  if (!inQuietHours(at)) return at;
  const local = new Date(at.getTime() + JAKARTA_OFFSET_MS);
  const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), QUIET_END_HOUR);
  const target = local.getUTCHours() >= QUIET_START_HOUR ? day + 24 * 3600_000 : day;
  return new Date(target - JAKARTA_OFFSET_MS);
}

/** The calendar date in Asia/Jakarta, YYYY-MM-DD (once-per-day keys). */
export function jakartaDay(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}
