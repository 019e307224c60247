import { describe, expect, it } from "vitest";
import { formatRegistrationNumber, numberingYear, parseRegistrationNumber } from "./numbering";

describe("registration numbers", () => {
  it("are office code / year / six-digit sequence", () => {
    expect(formatRegistrationNumber("PKS", 2026, 123)).toBe("PKS/2026/000123");
    expect(formatRegistrationNumber("tgh", 2026, 1)).toBe("TGH/2026/000001");
  });

  it("grow past six digits instead of wrapping", () => {
    expect(formatRegistrationNumber("PKS", 2026, 1_234_567)).toBe("PKS/2026/1234567");
  });

  it("refuse a zero, negative or fractional sequence", () => {
    expect(() => formatRegistrationNumber("PKS", 2026, 0)).toThrow(RangeError);
    expect(() => formatRegistrationNumber("PKS", 2026, -3)).toThrow(RangeError);
    expect(() => formatRegistrationNumber("PKS", 2026, 1.5)).toThrow(RangeError);
  });

  it("parse back what a person types or reads out", () => {
    expect(parseRegistrationNumber("PKS/2026/000123")).toEqual({ officeCode: "PKS", year: 2026, sequence: 123 });
    expect(parseRegistrationNumber(" pks / 2026 / 000123 ")).toEqual({ officeCode: "PKS", year: 2026, sequence: 123 });
    expect(parseRegistrationNumber("PKS-2026-000123")).toEqual({ officeCode: "PKS", year: 2026, sequence: 123 });
    expect(parseRegistrationNumber("PKS/26/123")).toBeNull();
    expect(parseRegistrationNumber("hello")).toBeNull();
  });

  it("use the Jakarta year at the turn of the year", () => {
    // 31 Dec 2025 18:00 UTC is already 1 Jan 2026 01:00 WIB.
    expect(numberingYear(new Date("2025-12-31T18:00:00Z"))).toBe(2026);
    expect(numberingYear(new Date("2025-12-31T16:59:00Z"))).toBe(2025);
  });
});
