import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { nationalDays } from "./national-holidays";

const source = (year: number) => new Holidays("ID").getHolidays(year);
const on = (year: number, date: string) => nationalDays(year, source(year)).filter((d) => d.date === date);

describe("national holidays for the calendar seed", () => {
  it("names 16 Jan 2026 and 5 Jan 2027 Isra Mikraj, not Maulid Nabi", () => {
    expect(on(2026, "2026-01-16")).toEqual([{ date: "2026-01-16", name: "Isra Mikraj Nabi Muhammad SAW", cutiBersama: false }]);
    expect(on(2027, "2027-01-05")).toEqual([{ date: "2027-01-05", name: "Isra Mikraj Nabi Muhammad SAW", cutiBersama: false }]);
    expect(on(2026, "2026-08-25")[0].name).toBe("Maulid Nabi Muhammad");
  });
  it("keeps one entry per day, Natal on 25 Dec 2027", () => {
    expect(on(2027, "2027-12-25")).toEqual([{ date: "2027-12-25", name: "Hari Raya Natal", cutiBersama: false }]);
  });
  it("adds the decreed cuti bersama around Lebaran and Christmas", () => {
    const days = nationalDays(2026, source(2026));
    expect(days.filter((d) => d.cutiBersama).map((d) => d.date)).toEqual(["2026-02-16", "2026-03-18", "2026-03-23", "2026-03-24", "2026-05-15", "2026-05-28", "2026-12-24"]);
    expect(on(2026, "2026-12-24")[0]).toMatchObject({ cutiBersama: true, name: "Cuti bersama Hari Raya Natal" });
  });
});
