// Estimated wait and the waiting/service time statistics. Pure.

/** Minutes until a number is likely called: the people ahead share the lokets serving the service. */
export function estimatedWaitMinutes(ahead: number, avgServiceMin: number, openCounters: number): number {
  if (ahead <= 0) return 0;
  return Math.ceil((ahead * Math.max(1, avgServiceMin)) / Math.max(1, openCounters));
}

export type Summary = { n: number; mean: number | null; median: number | null; p90: number | null; stdDev: number | null };

/** Mean, median, P90 (nearest rank) and the population standard deviation of durations in minutes. */
export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  if (n === 0) return { n, mean: null, median: null, p90: null, stdDev: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const p90 = sorted[Math.max(0, Math.ceil(0.9 * n) - 1)];
  const stdDev = Math.sqrt(sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
  const r = (v: number) => Math.round(v * 10) / 10;
  return { n, mean: r(mean), median: r(median), p90: r(p90), stdDev: r(stdDev) };
}
