import { describe, expect, it } from "vitest";
import { monthsOf, parsePeriod, periodBounds, periodContaining, periodLabel, shiftPeriod, trailingPeriods } from "./period";

describe("periods", () => {
  it("parses the four kinds and refuses anything else", () => {
    expect(parsePeriod("2026")?.kind).toBe("year");
    expect(parsePeriod("2026-S2")).toMatchObject({ kind: "semester", index: 2 });
    expect(parsePeriod("2026-Q3")).toMatchObject({ kind: "quarter", index: 3 });
    expect(parsePeriod("2026-07")).toMatchObject({ kind: "month", index: 7 });
    for (const bad of ["2026-13", "2026-Q5", "2026-S3", "26", "2026-7", "", null, "2026-00"]) expect(parsePeriod(bad)).toBeNull();
  });

  it("bounds are Jakarta midnights, end exclusive", () => {
    const q3 = periodBounds(parsePeriod("2026-Q3")!);
    expect(q3.start.toISOString()).toBe("2026-06-30T17:00:00.000Z");
    expect(q3.end.toISOString()).toBe("2026-09-30T17:00:00.000Z");
    const dec = periodBounds(parsePeriod("2025-12")!);
    expect(dec.end.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    const year = periodBounds(parsePeriod("2025")!);
    expect(year.start.toISOString()).toBe("2024-12-31T17:00:00.000Z");
  });

  it("places an instant in its Jakarta period (23:30 UTC on 31 March is April in Jakarta)", () => {
    const at = new Date("2026-03-31T23:30:00Z");
    expect(periodContaining("month", at).key).toBe("2026-04");
    expect(periodContaining("quarter", at).key).toBe("2026-Q2");
    expect(periodContaining("semester", at).key).toBe("2026-S1");
  });

  it("shifts across year ends and lists trailing periods oldest first", () => {
    expect(shiftPeriod(parsePeriod("2026-Q1")!, -1).key).toBe("2025-Q4");
    expect(shiftPeriod(parsePeriod("2026-01")!, -13).key).toBe("2024-12");
    expect(trailingPeriods(parsePeriod("2026-S1")!, 3).map((p) => p.key)).toEqual(["2025-S1", "2025-S2", "2026-S1"]);
  });

  it("lists the months of a period and labels it", () => {
    expect(monthsOf(parsePeriod("2026-Q4")!)).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(monthsOf(parsePeriod("2026")!)).toHaveLength(12);
    expect(periodLabel(parsePeriod("2026-Q3")!)).toBe("Triwulan III 2026");
    expect(periodLabel(parsePeriod("2026-02")!, "en")).toBe("February 2026");
  });
});
