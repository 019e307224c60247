// Small, pure statistics for the supervisor dashboard. Inputs are weighted values (value, count)
// because the database returns them grouped (e.g. one row per submitted-day/completed-day pair).

import { CSV_BOM, csvLine } from "@/lib/format/csv";

export type Weighted = { value: number; count: number };

/** Value at quantile q (0..1) by the nearest-rank method: the smallest value with ≥ q of the weight at or below it. */
export function nearestRank(items: readonly Weighted[], q: number): number | null {
  const total = items.reduce((n, i) => n + i.count, 0);
  if (total === 0) return null;
  return valueAtRank(items, Math.max(1, Math.ceil(q * total)));
}

/** The `rank`-th smallest value (1-based) of weighted items. */
function valueAtRank(items: readonly Weighted[], rank: number): number {
  const sorted = [...items].filter((i) => i.count > 0).sort((a, b) => a.value - b.value);
  let seen = 0;
  for (const item of sorted) {
    seen += item.count;
    if (seen >= rank) return item.value;
  }
  return sorted[sorted.length - 1].value;
}

/** Median: the middle value, or the mean of the two middle values for an even count. */
export function median(items: readonly Weighted[]): number | null {
  const total = items.reduce((n, i) => n + i.count, 0);
  if (total === 0) return null;
  const lower = valueAtRank(items, Math.ceil(total / 2));
  if (total % 2 === 1) return lower;
  return (lower + valueAtRank(items, total / 2 + 1)) / 2;
}

export const AGING_BUCKETS = ["0-1", "2-5", "6-14", "15+"] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Backlog age bucket of a request that has been open `days` working days. */
export function agingBucket(days: number): AgingBucket {
  if (days <= 1) return "0-1";
  if (days <= 5) return "2-5";
  if (days <= 14) return "6-14";
  return "15+";
}

/** Percentage with one decimal, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return CSV_BOM + [columns, ...rows].map((r) => csvLine(r)).join("");
}
