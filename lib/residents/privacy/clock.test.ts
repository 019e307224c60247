import { describe, expect, it } from "vitest";
import { clockState, privacyDueAt } from "./clock";

describe("privacy request clock", () => {
  it("runs 72 clock hours, through a weekend", () => {
    // Friday 1 May 2026 17:00 WIB (also a public holiday) → Monday 4 May 17:00 WIB.
    const created = new Date("2026-05-01T10:00:00Z");
    expect(privacyDueAt(created).toISOString()).toBe("2026-05-04T10:00:00.000Z");
  });

  it("counts hours left, then hours over", () => {
    const due = new Date("2026-05-04T10:00:00Z");
    expect(clockState(due, new Date("2026-05-03T20:30:00Z"))).toEqual({ overdue: false, hoursLeft: 13, hoursOver: 0 });
    expect(clockState(due, new Date("2026-05-04T11:10:00Z"))).toEqual({ overdue: true, hoursLeft: 0, hoursOver: 2 });
  });
});
