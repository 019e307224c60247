// IKM arithmetic of PermenPANRB 14/2017, pure and exact.
//
// NRR per unsur = sum of its scores ÷ number of answers to it (skipped answers are not counted);
// IKM = (Σ NRR × 1/9) × 25. The weight 1/9 is applied as an exact fraction (BigInt numerator and
// denominator): offices that multiply by 0.111 or 0.11 publish a different number, and near a
// category boundary a different category. The result is rounded half up to 2 decimals only at the
// end, and the category is decided on that rounded value, as the published table reads.
import { UNSUR_CODES, type UnsurCode } from "./frame";

export type UnsurAggregate = { code: UnsurCode; sum: bigint | number; count: bigint | number };

export type IkmCategory = "A" | "B" | "C" | "D";

export type UnsurResult = {
  code: UnsurCode;
  count: number;
  /** Unrounded NRR (for charts); null when nobody answered this unsur. */
  nrr: number | null;
  /** NRR × 25 rounded to 2 decimals; null when nobody answered. */
  value: number | null;
};

export type IkmResult = {
  unsur: UnsurResult[];
  /** IKM rounded to 2 decimals; null when no unsur has an answer. */
  ikm: number | null;
  category: IkmCategory | null;
  /** Unsur with at least one answer. The weight is 1/answered, which is exactly 1/9 when all nine are. */
  answeredUnsur: number;
};

type Fraction = { n: bigint; d: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
}

function add(a: Fraction, b: Fraction): Fraction {
  const n = a.n * b.d + b.n * a.d;
  const d = a.d * b.d;
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/** Round a non-negative fraction to the nearest hundredth, halves up; returned in hundredths. */
function hundredths(f: Fraction): bigint {
  return (f.n * 200n + f.d) / (2n * f.d);
}

/** Category from the IKM in hundredths (e.g. 8831 = 88.31), per the table of PermenPANRB 14/2017. */
export function categoryOfHundredths(value: number): IkmCategory {
  if (value >= 8831) return "A";
  if (value >= 7661) return "B";
  if (value >= 6500) return "C";
  return "D";
}

/** Category of an IKM already rounded to 2 decimals. */
export function ikmCategory(ikm: number): IkmCategory {
  return categoryOfHundredths(Math.round(ikm * 100));
}

export const CATEGORY_NAME: Record<IkmCategory, string> = {
  A: "Sangat Baik",
  B: "Baik",
  C: "Kurang Baik",
  D: "Tidak Baik",
};

/** IKM from per-unsur sums and counts (as the SQL aggregate returns them). Missing codes count as unanswered. */
export function computeIkm(aggregates: readonly UnsurAggregate[]): IkmResult {
  const byCode = new Map(aggregates.map((a) => [a.code, a]));
  let total: Fraction = { n: 0n, d: 1n };
  let answered = 0;
  const unsur = UNSUR_CODES.map((code): UnsurResult => {
    const agg = byCode.get(code);
    const count = BigInt(agg?.count ?? 0);
    const sum = BigInt(agg?.sum ?? 0);
    if (count === 0n) return { code, count: 0, nrr: null, value: null };
    answered++;
    total = add(total, { n: sum, d: count });
    return { code, count: Number(count), nrr: Number(sum) / Number(count), value: Number(hundredths({ n: sum * 25n, d: count })) / 100 };
  });
  if (answered === 0) return { unsur, ikm: null, category: null, answeredUnsur: 0 };
  // (Σ NRR × 1/answered) × 25, still exact until this single rounding.
  const rounded = Number(hundredths({ n: total.n * 25n, d: total.d * BigInt(answered) }));
  return { unsur, ikm: rounded / 100, category: categoryOfHundredths(rounded), answeredUnsur: answered };
}

export type ScoreRow = Partial<Record<"u1" | "u2" | "u3" | "u4" | "u5" | "u6" | "u7" | "u8" | "u9", number | null>>;

/** Sums and counts per unsur from individual responses (tests, and small in-memory sets). */
export function aggregateRows(rows: readonly ScoreRow[]): UnsurAggregate[] {
  return UNSUR_CODES.map((code) => {
    const column = code.toLowerCase() as keyof ScoreRow;
    let sum = 0;
    let count = 0;
    for (const row of rows) {
      const score = row[column];
      if (score == null) continue;
      sum += score;
      count++;
    }
    return { code, sum, count };
  });
}

/** The three weakest unsur by NRR (ties keep the official order), for the report's Analisis. */
export function weakestUnsur(result: IkmResult, n = 3): UnsurResult[] {
  return result.unsur
    .filter((u) => u.nrr !== null)
    .map((u, index) => ({ u, index }))
    .sort((a, b) => a.u.nrr! - b.u.nrr! || a.index - b.index)
    .slice(0, n)
    .map(({ u }) => u);
}

/**
 * Krejcie–Morgan minimum sample for a population of N services delivered:
 * s = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)), χ² = 3.841, P = 0.5, d = 0.05, rounded up.
 * Computed in integers (everything × 100 000) so the rounding up is exact.
 */
export function krejcieMorgan(population: number): number {
  if (!Number.isFinite(population) || population <= 0) return 0;
  const N = BigInt(Math.floor(population));
  // χ²·P(1−P) = 3.841 × 0.25 = 0.96025 → 96025; d² = 0.0025 → 250 (both × 100 000).
  const numerator = 96025n * N;
  const denominator = 250n * (N - 1n) + 96025n;
  return Number((numerator + denominator - 1n) / denominator);
}

/**
 * Whether the responses can stand for the period's served population: fewer than the Krejcie–Morgan
 * minimum is "short"; more responses than services delivered cannot all come from that population
 * (issue 17: 211 answers against 10 services passed as "met"), so it is "exceeds", never "met".
 */
export function sampleVerdict(respondents: number, target: number, delivered: number): "met" | "short" | "exceeds" {
  if (respondents > delivered) return "exceeds";
  return respondents >= target ? "met" : "short";
}
