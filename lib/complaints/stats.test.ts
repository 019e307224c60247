import { describe, expect, it } from "vitest";
import { lastMonths, median, monthOf, monthStart, percent } from "./stats";

describe("statistics arithmetic", () => {
  it("lists the last 12 Jakarta months across a year boundary", () => {
    const months = lastMonths(new Date("2026-02-10T03:00:00Z"));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-03");
    expect(months[11]).toBe("2026-02");
  });
  it("uses the Jakarta month, not UTC", () => {
    // 31 Jan 2026 18:00 UTC is already 1 Feb in Jakarta.
    expect(monthOf(new Date("2026-01-31T18:00:00Z"))).toBe("2026-02");
    expect(monthStart("2026-02").toISOString()).toBe("2026-01-31T17:00:00.000Z");
  });
  it("computes medians and percentages", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
  });
});

describe("weightedMedian", () => {
  it("equals the median of the expanded values", async () => {
    const { median, weightedMedian } = await import("./stats");
    const cases = [
      [{ value: 3, count: 2 }, { value: 1, count: 1 }],
      [{ value: 5, count: 1 }, { value: 2, count: 3 }, { value: 9, count: 2 }],
      [{ value: 4, count: 1 }, { value: 7, count: 1 }],
      [{ value: 1, count: 0 }],
    ];
    for (const entries of cases) {
      const expanded = entries.flatMap((e) => Array.from({ length: e.count }, () => e.value));
      expect(weightedMedian(entries)).toBe(median(expanded));
    }
  });
});
