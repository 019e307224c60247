import { describe, expect, it } from "vitest";
import type { OfficeCalendar } from "@/lib/calendar/working-days";
import { boundariesFor, matchesSlaCondition, requestSla, SLA_STATES, slaCondition } from "./sla";

const calendar: OfficeCalendar = { holidays: new Set(["2026-03-19", "2026-03-20"]), openTime: "08:00", closeTime: "15:00" };
const now = new Date("2026-03-18T03:00:00Z"); // Wed 10:00 WIB

describe("SLA rule and its query form", () => {
  it("agree for every due date and pause across a month", () => {
    const b = boundariesFor(now, 1, calendar);
    for (let minutes = -20 * 24 * 60; minutes <= 20 * 24 * 60; minutes += 37) {
      for (const paused of [false, true]) {
        const row = { status: "PROCESSING", dueAt: new Date(now.getTime() + minutes * 60_000), pausedAt: paused ? now : null };
        const state = requestSla(row, b);
        for (const candidate of SLA_STATES) {
          expect(matchesSlaCondition(row, slaCondition(candidate, b))).toBe(candidate === state);
        }
      }
    }
  });

  it("has no SLA state once a request is finished", () => {
    const b = boundariesFor(now, 1, calendar);
    expect(requestSla({ status: "COMPLETED", dueAt: new Date(0), pausedAt: null }, b)).toBeNull();
    expect(requestSla({ status: "REJECTED", dueAt: new Date(0), pausedAt: now }, b)).toBeNull();
  });

  it("looks past holidays and the weekend for 'due soon'", () => {
    expect(boundariesFor(now, 1, calendar).dueSoonUntil).toEqual(new Date("2026-03-23T08:00:00Z")); // Mon 15:00 WIB
  });
});
