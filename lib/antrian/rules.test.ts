import { describe, expect, it } from "vitest";
import { checkInWindow, DEFAULT_RULES, expiresAt, noShowBlock } from "./rules";

const slot = new Date("2026-12-01T02:00:00Z");
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 3));

describe("check-in window", () => {
  it("opens an hour before and closes 30 minutes after the slot start by default", () => {
    expect(checkInWindow(new Date("2026-12-01T00:59:00Z"), slot, DEFAULT_RULES)).toBe("early");
    expect(checkInWindow(new Date("2026-12-01T01:00:00Z"), slot, DEFAULT_RULES)).toBe("open");
    expect(checkInWindow(new Date("2026-12-01T02:30:00Z"), slot, DEFAULT_RULES)).toBe("open");
    expect(checkInWindow(new Date("2026-12-01T02:31:00Z"), slot, DEFAULT_RULES)).toBe("late");
    expect(expiresAt(slot, DEFAULT_RULES).toISOString()).toBe("2026-12-01T02:30:00.000Z");
  });
});

describe("no-show block", () => {
  it("blocks after 3 no-shows within 30 days, for 14 days from the third", () => {
    const r = noShowBlock([day(1), day(10), day(20)], day(25), DEFAULT_RULES);
    expect(r).toEqual({ blocked: true, until: new Date(day(20).getTime() + 14 * 86_400_000) });
  });

  it("does not block when the no-shows are spread wider than the window or the block has passed", () => {
    expect(noShowBlock([new Date("2026-09-01"), new Date("2026-10-15"), day(20)], day(25), DEFAULT_RULES)).toEqual({ blocked: false });
    expect(noShowBlock([day(1), day(2), day(3)], new Date("2026-12-30"), DEFAULT_RULES)).toEqual({ blocked: false });
    expect(noShowBlock([day(1), day(2)], day(3), DEFAULT_RULES)).toEqual({ blocked: false });
  });
});
