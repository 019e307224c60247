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
    // The 8 days of SKB 1497/2025 (Imlek, Nyepi, three of Idul Fitri, Kenaikan, Idul Adha, Natal).
    expect(days.filter((d) => d.cutiBersama).map((d) => d.date)).toEqual(["2026-02-16", "2026-03-18", "2026-03-20", "2026-03-23", "2026-03-24", "2026-05-15", "2026-05-28", "2026-12-24"]);
    // Idul Fitri 1447 H on the decreed 21–22 March, not date-holidays' 20–21 March.
    expect(days.filter((d) => d.name === "Hari Raya Idul Fitri").map((d) => d.date)).toEqual(["2026-03-21", "2026-03-22"]);
    expect(on(2026, "2026-03-20")[0]).toMatchObject({ cutiBersama: true, name: "Cuti bersama Idul Fitri" });
    expect(on(2026, "2026-12-24")[0]).toMatchObject({ cutiBersama: true, name: "Cuti bersama Hari Raya Natal" });
  });
  it("seeds no cuti bersama for 2027 until a decree is entered (the admin marks them)", () => {
    expect(nationalDays(2027, source(2027)).filter((d) => d.cutiBersama)).toEqual([]);
  });
});
