import { describe, expect, it } from "vitest";
import { isoWeekday, planDay, type ScheduleRule } from "./slots";

const morning: ScheduleRule = { weekdays: [1, 2, 3, 4, 5], startTime: "08:00", endTime: "10:00", slotMinutes: 30, quotaPerSlot: 5, quotaPerDay: 18 };
const cal = { holidays: new Set(["2026-12-25"]) };

describe("planDay", () => {
  it("cuts the session into slots in WIB", () => {
    const plan = planDay("2026-12-01", [morning], cal, false);
    expect(plan.open).toBe(true);
    if (!plan.open) return;
    expect(plan.slots.map((s) => s.start)).toEqual(["08:00", "08:30", "09:00", "09:30"]);
    expect(plan.slots[0].startsAt.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(plan.slots[3].endsAt.toISOString()).toBe("2026-12-01T03:00:00.000Z");
    expect(plan.quotaPerDay).toBe(18);
  });

  it("has no slots on a holiday, even when the weekday is scheduled", () => {
    expect(isoWeekday("2026-12-25")).toBe(5);
    expect(planDay("2026-12-25", [morning], cal, false)).toEqual({ open: false, reason: "holiday" });
  });

  it("has none on a closure day or an unscheduled weekday", () => {
    expect(planDay("2026-12-02", [morning], cal, true)).toEqual({ open: false, reason: "closed" });
    expect(planDay("2026-12-06", [morning], cal, false)).toEqual({ open: false, reason: "no_schedule" });
  });

  it("drops a slot that would run past the session end and adds quotas of two sessions at one time", () => {
    const odd = { ...morning, endTime: "09:45" };
    const second = { ...morning, quotaPerSlot: 2, quotaPerDay: 4, startTime: "09:00", endTime: "10:00" };
    const plan = planDay("2026-12-01", [odd, second], cal, false);
    if (!plan.open) throw new Error("closed");
    expect(plan.slots.map((s) => `${s.start}/${s.quota}`)).toEqual(["08:00/5", "08:30/5", "09:00/7", "09:30/2"]);
    expect(plan.quotaPerDay).toBe(22);
  });
});
