import { describe, expect, it } from "vitest";
import { formatLetterNumber, jakartaYearMonth, padSequence, patternProblems, romanMonth } from "./number-pattern";

const parts = { seq: 7, kode: "470", unit: "PEM", kantor: "PKS", month: 12, year: 2026 };

describe("letter number patterns", () => {
  it("writes months in Roman numerals", () => {
    expect([1, 4, 9, 12].map(romanMonth)).toEqual(["I", "IV", "IX", "XII"]);
    expect(() => romanMonth(13)).toThrow();
    expect(() => romanMonth(0)).toThrow();
  });

  it("pads the sequence without ever cutting it", () => {
    expect(padSequence(7)).toBe("007");
    expect(padSequence(42, 4)).toBe("0042");
    expect(padSequence(12345, 3)).toBe("12345");
    expect(() => padSequence(0)).toThrow();
  });

  it("formats the office pattern", () => {
    expect(formatLetterNumber("470/{seq}/{unit}/{bulan_romawi}/{tahun}", parts)).toBe("470/007/PEM/XII/2026");
    expect(formatLetterNumber("{kode}/{seq:4}/{kantor}/{bulan}/{tahun}", { ...parts, month: 3 })).toBe("470/0007/PKS/03/2026");
  });

  it("refuses patterns without exactly one {seq} or with unknown tokens", () => {
    expect(patternProblems("470/{seq}/{unit}/{bulan_romawi}/{tahun}")).toEqual({ missingSeq: false, unknown: [] });
    expect(patternProblems("470/{unit}/{tahun}").missingSeq).toBe(true);
    expect(patternProblems("{seq}/{seq}").missingSeq).toBe(true);
    expect(patternProblems("{seq}/{bulan_arab}").unknown).toEqual(["bulan_arab"]);
  });

  it("takes month and year in Asia/Jakarta", () => {
    // 31 Dec 2026 18:00 UTC is already 1 Jan 2027 in Jakarta.
    expect(jakartaYearMonth(new Date("2026-12-31T18:00:00Z"))).toEqual({ year: 2027, month: 1 });
    expect(jakartaYearMonth(new Date("2026-12-31T16:00:00Z"))).toEqual({ year: 2026, month: 12 });
  });
});
