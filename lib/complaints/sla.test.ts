import { describe, expect, it } from "vitest";
import type { OfficeCalendar } from "@/lib/calendar/working-days";
import { canReopenAt, effectiveDue, trackDueDate, verifyDueDate } from "./sla";

// Pakansari-like calendar: 08:00–15:00 WIB; Friday 14 Aug 2026 made a holiday for the test.
const calendar: OfficeCalendar = { holidays: new Set(["2026-08-17", "2026-08-14"]), openTime: "08:00", closeTime: "15:00" };
const wib = (s: string) => new Date(`${s}+07:00`);

describe("complaint clocks", () => {
  it("verification: 3 working days, skipping a weekend and holidays", () => {
    // Thursday 13 Aug 10:00 → receipt Thu; Fri 14 and Mon 17 are holidays, so the 3 days are 18, 19, 20
    expect(verifyDueDate(wib("2026-08-13T10:00:00"), calendar).toISOString()).toBe(wib("2026-08-20T15:00:00").toISOString());
  });
  it("after closing time the clock starts on the next working day", () => {
    // Thursday 13 Aug 16:00 → receipt Tue 18 → 19, 20, 21
    expect(verifyDueDate(wib("2026-08-13T16:00:00"), calendar).toISOString()).toBe(wib("2026-08-21T15:00:00").toISOString());
  });
  it("tracks: 5, 14 and 60 working days", () => {
    const start = wib("2026-03-02T09:00:00"); // Monday, no holidays in this set
    expect(trackDueDate(start, "SIMPLE", calendar).toISOString()).toBe(wib("2026-03-09T15:00:00").toISOString());
    expect(trackDueDate(start, "INFORMATION", calendar).toISOString()).toBe(wib("2026-03-09T15:00:00").toISOString());
    expect(trackDueDate(start, "NO_INSPECTION", calendar).toISOString()).toBe(wib("2026-03-20T15:00:00").toISOString());
    expect(trackDueDate(start, "FIELD_INSPECTION", calendar).toISOString()).toBe(wib("2026-05-25T15:00:00").toISOString());
  });
  it("the due date that matters follows the status", () => {
    const verifyDueAt = new Date("2026-01-05T08:00:00Z");
    const dueAt = new Date("2026-02-05T08:00:00Z");
    expect(effectiveDue({ status: "SUBMITTED", verifyDueAt, dueAt: null })).toBe(verifyDueAt);
    expect(effectiveDue({ status: "DISPOSED", verifyDueAt, dueAt })).toBe(dueAt);
    expect(effectiveDue({ status: "COMPLETED", verifyDueAt, dueAt })).toBeNull();
  });
  it("reopen window is 14 days", () => {
    const completed = new Date("2026-03-01T05:00:00Z");
    expect(canReopenAt(completed, new Date("2026-03-14T05:00:00Z"))).toBe(true);
    expect(canReopenAt(completed, new Date("2026-03-16T05:00:00Z"))).toBe(false);
    expect(canReopenAt(null, completed)).toBe(false);
  });
});
