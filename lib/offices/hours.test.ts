import { describe, expect, it } from "vitest";
import { todayHours } from "./hours";

const calendar = { holidays: new Set(["2026-12-25"]), holidayNames: new Map([["2026-12-25", "Hari Raya Natal"]]), openTime: "08:00", closeTime: "15:00" };

describe("todayHours", () => {
  it("is open between opening and closing time in WIB", () => {
    // Tuesday 1 Dec 2026, 07:59 WIB = 00:59 UTC
    expect(todayHours(new Date("2026-12-01T00:59:00Z"), calendar)).toMatchObject({ open: true, openNow: false });
    expect(todayHours(new Date("2026-12-01T01:00:00Z"), calendar)).toMatchObject({ open: true, openNow: true });
    expect(todayHours(new Date("2026-12-01T07:59:00Z"), calendar)).toMatchObject({ openNow: true });
    expect(todayHours(new Date("2026-12-01T08:00:00Z"), calendar)).toMatchObject({ openNow: false });
  });
  it("uses the Jakarta date, not UTC: 23:30 UTC Thursday is Friday in Jakarta", () => {
    expect(todayHours(new Date("2026-12-24T23:30:00Z"), calendar)).toEqual({ open: false, openNow: false, reason: "holiday", holidayName: "Hari Raya Natal", dateKey: "2026-12-25" });
  });
  it("is closed on weekends", () => {
    expect(todayHours(new Date("2026-12-05T03:00:00Z"), calendar)).toMatchObject({ open: false, reason: "weekend" });
  });
});
