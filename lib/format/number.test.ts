import { describe, expect, it } from "vitest";
import { formatIdNumber, formatRupiah, parseIdNumber } from "./number";

const value = (input: unknown, options = {}) => {
  const r = parseIdNumber(input, options);
  return r.ok ? r.value : r.error;
};

describe("parseIdNumber", () => {
  it("reads Indonesian thousands dots and decimal commas", () => {
    expect(value("1.500.000")).toBe(1_500_000);
    expect(value("1.500.000,50")).toBe(1_500_000.5);
    expect(value("1500000")).toBe(1_500_000);
    expect(value("10.000")).toBe(10_000);
    expect(value("1.500")).toBe(1500);
    expect(value("2,5")).toBe(2.5);
    expect(value(" 1 500 000 ")).toBe(1_500_000);
    expect(value("-3")).toBe(-3);
    expect(value("0")).toBe(0);
  });

  it("reads money as written on forms and price tags", () => {
    expect(value("Rp 10.000")).toBe(10_000);
    expect(value("Rp10.000")).toBe(10_000);
    expect(value("rp. 1.500.000,-")).toBe(1_500_000);
    expect(value("Rp\u00a01.500.000")).toBe(1_500_000);
    expect(value(formatRupiah(1_500_000))).toBe(1_500_000);
  });

  it("refuses notation that reads two ways, and garbage", () => {
    expect(value("1.5")).toBe("number_ambiguous");
    expect(value("1,500,000")).toBe("number_ambiguous");
    expect(value("1,500,000.50")).toBe("number_ambiguous");
    expect(value("1.50.000")).toBe("number_invalid");
    expect(value("1.5000")).toBe("number_ambiguous");
    expect(value("dua")).toBe("number_invalid");
    expect(value("12abc")).toBe("number_invalid");
    expect(value("")).toBe("number_invalid");
    expect(value("Rp")).toBe("number_invalid");
    expect(value("1,2,3")).toBe("number_invalid");
    expect(value(null)).toBe("number_invalid");
    expect(value(Number.NaN)).toBe("number_invalid");
  });

  it("enforces whole numbers and decimals when asked", () => {
    expect(value("10.000,00", { integer: true })).toBe(10_000);
    expect(value("10.000,50", { integer: true })).toBe("number_not_integer");
    expect(value(2.5, { integer: true })).toBe("number_not_integer");
    expect(value("1,255", { maxDecimals: 2 })).toBe("number_too_many_decimals");
    expect(value("1,25", { maxDecimals: 2 })).toBe(1.25);
  });
});

describe("formatting for display", () => {
  it("uses id-ID grouping and Rupiah", () => {
    expect(formatIdNumber(1_500_000)).toBe("1.500.000");
    expect(formatIdNumber(2.5)).toBe("2,5");
    expect(formatRupiah(1_500_000)).toBe("Rp 1.500.000");
    expect(formatRupiah(10_000)).toBe("Rp 10.000");
    expect(formatRupiah(0)).toBe("Rp 0");
  });

  it("round-trips through the parser", () => {
    for (const n of [0, 7, 1500, 1_500_000, 2.5, 1_500_000.5]) expect(value(formatIdNumber(n))).toBe(n);
  });
});
