import { describe, expect, it } from "vitest";
import { firstResponseDue, firstResponseState } from "./sla";

const calendar = { holidays: new Set(["2026-12-25"]), openTime: "08:00", closeTime: "15:00" };

describe("first-response SLA in working hours", () => {
  it("counts office hours only: a message at 14:00 WIB is due at 11:00 the next working day", () => {
    // Thursday 2026-12-24 14:00 WIB; Friday the 25th is a holiday, then the weekend.
    const due = firstResponseDue(new Date("2026-12-24T07:00:00Z"), calendar);
    expect(due.toISOString()).toBe("2026-12-28T04:00:00.000Z"); // Monday 11:00 WIB
  });

  it("a message on Saturday is due four hours after Monday's opening", () => {
    expect(firstResponseDue(new Date("2026-12-05T03:00:00Z"), calendar).toISOString()).toBe("2026-12-07T05:00:00.000Z");
  });

  it("tells met, late, on track, due soon and overdue apart", () => {
    const due = new Date("2026-12-07T05:00:00Z");
    expect(firstResponseState({ firstResponseDueAt: due, firstRespondedAt: new Date("2026-12-07T04:00:00Z") }, new Date())).toBe("MET");
    expect(firstResponseState({ firstResponseDueAt: due, firstRespondedAt: new Date("2026-12-07T06:00:00Z") }, new Date())).toBe("LATE");
    expect(firstResponseState({ firstResponseDueAt: due, firstRespondedAt: null }, new Date("2026-12-07T02:00:00Z"))).toBe("ON_TRACK");
    expect(firstResponseState({ firstResponseDueAt: due, firstRespondedAt: null }, new Date("2026-12-07T04:30:00Z"))).toBe("DUE_SOON");
    expect(firstResponseState({ firstResponseDueAt: due, firstRespondedAt: null }, new Date("2026-12-07T05:01:00Z"))).toBe("OVERDUE");
    expect(firstResponseState({ firstResponseDueAt: null, firstRespondedAt: null }, new Date())).toBeNull();
  });
});
