import { describe, expect, it } from "vitest";
import { estimatedWaitMinutes, summarize } from "./wait";

describe("estimated wait", () => {
  it("shares the people ahead among the open lokets", () => {
    expect(estimatedWaitMinutes(0, 10, 2)).toBe(0);
    expect(estimatedWaitMinutes(5, 10, 2)).toBe(25);
    expect(estimatedWaitMinutes(3, 7, 0)).toBe(21);
  });
});

describe("summarize", () => {
  it("matches a hand computation", () => {
    // 2, 4, 4, 4, 5, 5, 7, 9, 10, 30 → mean 8, median 5, P90 10 (9th of 10), sd sqrt(59.2) = 7.69
    const s = summarize([4, 2, 30, 4, 5, 4, 7, 5, 9, 10]);
    expect(s).toEqual({ n: 10, mean: 8, median: 5, p90: 10, stdDev: 7.7 });
    expect(summarize([])).toEqual({ n: 0, mean: null, median: null, p90: null, stdDev: null });
    expect(summarize([3]).median).toBe(3);
  });
});
