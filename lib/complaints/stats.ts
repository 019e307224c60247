// Pure arithmetic behind the public statistics page: month buckets in Jakarta time and medians.
import { jakartaDateKey } from "@/lib/calendar/working-days";

/** "YYYY-MM" keys of the `count` months ending with the month of `now` (Jakarta), oldest first. */
export function lastMonths(now: Date, count = 12): string[] {
  const [y, m] = jakartaDateKey(now).split("-").map(Number);
  const keys: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i;
    keys.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`);
  }
  return keys;
}

/** First instant (UTC) of a Jakarta month "YYYY-MM". */
export function monthStart(key: string): Date {
  return new Date(Date.parse(`${key}-01T00:00:00+07:00`));
}

export function monthOf(date: Date): string {
  return jakartaDateKey(date).slice(0, 7);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of values given with how often each occurs (same result as median() on the expanded list). */
export function weightedMedian(entries: { value: number; count: number }[]): number | null {
  const sorted = entries.filter((e) => e.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, e) => sum + e.count, 0);
  if (total === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const e of sorted) {
      seen += e.count;
      if (index < seen) return e.value;
    }
    return sorted[sorted.length - 1].value;
  };
  const mid = Math.floor(total / 2);
  return total % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Share as a percentage with one decimal, or null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
