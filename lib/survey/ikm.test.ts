import { describe, expect, it } from "vitest";
import { aggregateRows, categoryOfHundredths, computeIkm, ikmCategory, krejcieMorgan, sampleVerdict, weakestUnsur, type ScoreRow } from "./ikm";

const row = (scores: (number | null)[]): ScoreRow =>
  Object.fromEntries(scores.map((s, i) => [`u${i + 1}`, s])) as ScoreRow;

describe("computeIkm on hand-computed datasets", () => {
  // Five respondents, 45 scores summing to 159: six unsur with sum 18 (NRR 3.6) and three with 17 (NRR 3.4).
  // Σ NRR = 31.8. Exact: 31.8 × 25 / 9 = 88.333… → 88.33 (A, Sangat Baik).
  // With the rounded weight 0.111: 31.8 × 0.111 × 25 = 88.245 → 88.25 (B); with 0.11: 87.45 (B).
  const boundary = [
    row([4, 4, 4, 4, 4, 4, 4, 4, 4]),
    row([4, 4, 4, 4, 4, 4, 4, 4, 4]),
    row([4, 4, 4, 4, 4, 4, 3, 3, 3]),
    row([3, 3, 3, 3, 3, 3, 3, 3, 3]),
    row([3, 3, 3, 3, 3, 3, 3, 3, 3]),
  ];

  it("uses the exact weight 1/9, where 0.111 or 0.11 would change value and category", () => {
    const result = computeIkm(aggregateRows(boundary));
    expect(result.unsur.map((u) => u.nrr)).toEqual([3.6, 3.6, 3.6, 3.6, 3.6, 3.6, 3.4, 3.4, 3.4]);
    expect(result.unsur.map((u) => u.value)).toEqual([90, 90, 90, 90, 90, 90, 85, 85, 85]);
    expect(result.ikm).toBe(88.33);
    expect(result.category).toBe("A");
    expect(result.answeredUnsur).toBe(9);

    const sumNrr = 31.8;
    const with0111 = Math.round(sumNrr * 0.111 * 25 * 100) / 100;
    const with011 = Math.round(sumNrr * 0.11 * 25 * 100) / 100;
    expect(with0111).toBe(88.25);
    expect(ikmCategory(with0111)).toBe("B");
    expect(with011).toBe(87.45);
    expect(ikmCategory(with011)).toBe("B");
  });

  it("excludes skipped answers from both the sum and the count of that unsur", () => {
    const rows = [
      row([4, 4, 4, null, 4, 4, 4, 4, 4]),
      row([3, 3, 2, 4, null, 3, 3, 3, 3]),
      row([2, null, 3, 4, 3, 3, 4, 2, null]),
    ];
    const result = computeIkm(aggregateRows(rows));
    // NRR: U1 9/3=3, U2 7/2=3.5, U3 9/3=3, U4 8/2=4, U5 7/2=3.5, U6 10/3, U7 11/3, U8 9/3=3, U9 7/2=3.5.
    expect(result.unsur.map((u) => u.count)).toEqual([3, 2, 3, 2, 2, 3, 3, 3, 2]);
    expect(result.unsur.map((u) => u.value)).toEqual([75, 87.5, 75, 100, 87.5, 83.33, 91.67, 75, 87.5]);
    // Σ NRR = 30.5 exactly; 30.5 × 25 / 9 = 84.7222… → 84.72 (B).
    expect(result.ikm).toBe(84.72);
    expect(result.category).toBe("B");
  });

  it("rounds only at the end (sums of rounded NRR would differ)", () => {
    // NRR 10/3 on every unsur: exact IKM = 10/3 × 25 = 83.333… → 83.33.
    const rows = [row([4, 4, 4, 4, 4, 4, 4, 4, 4]), row([3, 3, 3, 3, 3, 3, 3, 3, 3]), row([3, 3, 3, 3, 3, 3, 3, 3, 3])];
    const result = computeIkm(aggregateRows(rows));
    expect(result.ikm).toBe(83.33);
    // Rounding each NRR to 2 decimals first (3.33) would give 83.25.
    expect(Math.round(3.33 * 9 * (25 / 9) * 100) / 100).toBe(83.25);
  });

  it("accepts BigInt aggregates as the database returns them, at large counts", () => {
    const aggs = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"].map((code) => ({
      code: code as "U1",
      sum: 3_000_001n,
      count: 1_000_000n,
    }));
    const result = computeIkm(aggs);
    expect(result.ikm).toBe(75);
    expect(result.category).toBe("C");
  });

  it("gives no IKM without any answer, and an all-ones survey gives the floor 25.00 (D)", () => {
    expect(computeIkm(aggregateRows([])).ikm).toBeNull();
    expect(computeIkm(aggregateRows([row([1, 1, 1, 1, 1, 1, 1, 1, 1])]))).toMatchObject({ ikm: 25, category: "D" });
    expect(computeIkm(aggregateRows([row([4, 4, 4, 4, 4, 4, 4, 4, 4])]))).toMatchObject({ ikm: 100, category: "A" });
  });

  it("lists the three weakest unsur, ties in the official order", () => {
    const result = computeIkm(aggregateRows([row([4, 2, 3, 2, 4, 4, 3, 4, 4])]));
    expect(weakestUnsur(result).map((u) => u.code)).toEqual(["U2", "U4", "U3"]);
  });
});

describe("category boundaries (decided on the rounded IKM)", () => {
  it.each([
    [10000, "A"],
    [8831, "A"],
    [8830, "B"],
    [7661, "B"],
    [7660, "C"],
    [6500, "C"],
    [6499, "D"],
    [2500, "D"],
  ] as const)("%i hundredths → %s", (value, category) => {
    expect(categoryOfHundredths(value)).toBe(category);
  });

  it("reads rounded values exactly (no float drift at 88.31, 76.61, 65.00)", () => {
    expect(ikmCategory(88.31)).toBe("A");
    expect(ikmCategory(88.3)).toBe("B");
    expect(ikmCategory(76.61)).toBe("B");
    expect(ikmCategory(76.6)).toBe("C");
    expect(ikmCategory(65)).toBe("C");
    expect(ikmCategory(64.99)).toBe("D");
  });
});

describe("Krejcie–Morgan minimum sample", () => {
  it.each([
    [100, 80],
    [1000, 278],
    [10000, 370],
    [0, 0],
    [1, 1],
    [10, 10],
    [1_000_000, 384],
  ])("N = %i → %i", (population, sample) => {
    expect(krejcieMorgan(population)).toBe(sample);
  });
});

describe("sample verdict", () => {
  it("never calls a sample larger than the served population 'met'", () => {
    expect(sampleVerdict(211, 10, 10)).toBe("exceeds");
    expect(sampleVerdict(37, 0, 0)).toBe("exceeds");
    expect(sampleVerdict(10, 10, 10)).toBe("met");
    expect(sampleVerdict(5, 10, 10)).toBe("short");
  });
});
