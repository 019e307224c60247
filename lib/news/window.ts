// When a news item is visible: a pure function of its dates and the clock, so "scheduled" and
// "expired" need no job — the public query asks the same question (see publicNewsWhere in data.ts).
// Dates are entered and shown in Asia/Jakarta (UTC+7 all year, no daylight saving).

export type NewsState = "draft" | "scheduled" | "live" | "expired";

export function newsState(post: { status: "DRAFT" | "PUBLISHED"; publishAt: Date | null; expireAt: Date | null }, now: Date): NewsState {
  if (post.status === "DRAFT") return "draft";
  if (post.publishAt && post.publishAt.getTime() > now.getTime()) return "scheduled";
  if (post.expireAt && post.expireAt.getTime() <= now.getTime()) return "expired";
  return "live";
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2026-12-01T23:30" read as WIB → the instant; null when empty or malformed. */
export function jakartaLocalToDate(value: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(utc);
  if (back.getUTCDate() !== d) return null; // 2026-02-31
  return new Date(utc - JAKARTA_OFFSET_MS);
}

/** The instant as "YYYY-MM-DDTHH:mm" in WIB, for a datetime-local input. */
export function dateToJakartaLocal(date: Date | null): string {
  if (!date) return "";
  return new Date(date.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 16);
}
