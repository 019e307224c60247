import { describe, expect, it } from "vitest";
import { csvCell } from "@/lib/format/csv";
import { agingBucket, median, nearestRank, percent, toCsv } from "./stats";

const w = (...values: number[]) => values.map((value) => ({ value, count: 1 }));

describe("dashboard statistics", () => {
  it("median of odd and even counts, from weighted rows", () => {
    expect(median(w(5, 1, 3))).toBe(3);
    expect(median(w(1, 2, 3, 10))).toBe(2.5);
    expect(median([{ value: 2, count: 3 }, { value: 8, count: 1 }])).toBe(2);
    expect(median([{ value: 2, count: 2 }, { value: 8, count: 2 }])).toBe(5);
    expect(median([])).toBeNull();
  });

  it("P90 by nearest rank", () => {
    expect(nearestRank(w(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.9)).toBe(9);
    expect(nearestRank(w(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 0.9)).toBe(10);
    expect(nearestRank([{ value: 0, count: 95 }, { value: 20, count: 5 }], 0.9)).toBe(0);
    expect(nearestRank([{ value: 0, count: 89 }, { value: 20, count: 11 }], 0.9)).toBe(20);
  });

  it("backlog aging buckets 0–1, 2–5, 6–14, >14", () => {
    expect([0, 1, 2, 5, 6, 14, 15, 40].map(agingBucket)).toEqual(["0-1", "0-1", "2-5", "2-5", "6-14", "6-14", "15+", "15+"]);
  });

  it("percent with one decimal, null on zero", () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
  });

  it("CSV quotes and defuses formulas", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(toCsv(["x", "y"], [[1, null]])).toBe("\uFEFFx,y\r\n1,\r\n");
  });
});
