import { describe, expect, it } from "vitest";
import {
  dueDate,
  extendForPause,
  jakartaDateKey,
  receiptDay,
  slaBoundaries,
  slaState,
  workingDaysBetween,
  type OfficeCalendar,
} from "./working-days";

// 2026-12-25 (Fri) Natal; 2026-12-24 (Thu) cuti bersama.
const calendar: OfficeCalendar = { holidays: new Set(["2026-12-24", "2026-12-25"]), openTime: "08:00", closeTime: "15:00" };
const wib = (s: string) => new Date(`${s}+07:00`);

describe("working-day calendar", () => {
  it("uses the Jakarta date, not the server's", () => {
    expect(jakartaDateKey(new Date("2026-12-01T18:00:00Z"))).toBe("2026-12-02");
  });

  it("counts a submission before closing from the same day, after closing from the next working day", () => {
    expect(receiptDay(wib("2026-12-01T14:59:00"), calendar)).toBe("2026-12-01");
    expect(receiptDay(wib("2026-12-01T15:00:00"), calendar)).toBe("2026-12-02");
    expect(receiptDay(wib("2026-12-04T16:00:00"), calendar)).toBe("2026-12-07"); // Friday evening → Monday
    expect(receiptDay(wib("2026-12-05T10:00:00"), calendar)).toBe("2026-12-07"); // Saturday → Monday
  });

  it("skips weekends", () => {
    // Thursday + 3 working days = Tuesday 15:00 WIB
    expect(dueDate(wib("2026-12-03T09:00:00"), { value: 3, unit: "WORKING_DAYS" }, calendar)).toEqual(wib("2026-12-08T15:00:00"));
  });

  it("skips holidays", () => {
    // Wednesday 23 Dec + 2 working days: Thu 24 and Fri 25 are holidays, Sat/Sun weekend → Tue 29
    expect(dueDate(wib("2026-12-23T09:00:00"), { value: 2, unit: "WORKING_DAYS" }, calendar)).toEqual(wib("2026-12-29T15:00:00"));
  });

  it("handles spans of many weeks", () => {
    // 60 working days from Monday 2 Nov 2026, skipping the two December holidays
    expect(dueDate(wib("2026-11-02T09:00:00"), { value: 60, unit: "WORKING_DAYS" }, calendar)).toEqual(wib("2027-01-27T15:00:00"));
  });

  it("counts counter services in office minutes", () => {
    expect(dueDate(wib("2026-12-01T10:00:00"), { value: 30, unit: "MINUTES" }, calendar)).toEqual(wib("2026-12-01T10:30:00"));
    // 2 hours from 14:00: one hour today, one hour after opening on the next working day
    expect(dueDate(wib("2026-12-04T14:00:00"), { value: 2, unit: "HOURS" }, calendar)).toEqual(wib("2026-12-07T09:00:00"));
  });

  it("counts working days between two instants", () => {
    expect(workingDaysBetween(wib("2026-12-04T10:00:00"), wib("2026-12-07T10:00:00"), calendar)).toBe(1);
    expect(workingDaysBetween(wib("2026-12-22T10:00:00"), wib("2026-12-29T10:00:00"), calendar)).toBe(3);
    expect(workingDaysBetween(wib("2026-12-07T10:00:00"), wib("2026-12-07T14:00:00"), calendar)).toBe(0);
  });

  it("moves the due date by the working days spent paused", () => {
    const due = wib("2026-12-10T15:00:00");
    expect(extendForPause(due, wib("2026-12-07T09:00:00"), wib("2026-12-09T09:00:00"), calendar)).toEqual(wib("2026-12-14T15:00:00"));
    expect(extendForPause(due, wib("2026-12-07T09:00:00"), wib("2026-12-07T13:00:00"), calendar)).toEqual(due);
  });

  it("classifies SLA states against a threshold in working days", () => {
    const b = slaBoundaries(wib("2026-12-04T10:00:00"), 1, calendar); // Friday; due soon up to Monday 15:00
    expect(slaState({ dueAt: wib("2026-12-04T09:00:00") }, b)).toBe("OVERDUE");
    expect(slaState({ dueAt: wib("2026-12-07T15:00:00") }, b)).toBe("DUE_SOON");
    expect(slaState({ dueAt: wib("2026-12-08T15:00:00") }, b)).toBe("ON_TRACK");
    expect(slaState({ dueAt: wib("2026-12-01T15:00:00"), pausedAt: wib("2026-12-02T10:00:00") }, b)).toBe("PAUSED");
  });
});
