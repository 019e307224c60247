// Indonesia's national holidays and collective leave (cuti bersama) for the calendar seed (issue 17).
// Pure: takes the entries of npm date-holidays and corrects what it gets wrong for Indonesia.

export type HolidaySource = { date: string; name: string; type: string; rule?: string };
export type NationalDay = { date: string; name: string; cutiBersama: boolean };

/**
 * Cuti bersama from the SKB of the Minister of Religious Affairs, the Minister of Manpower and the
 * Minister for Administrative Reform for each year (date-holidays has none). A year without a decree
 * yet is absent: the admin marks its days on /admin/hari-libur once it is published (the form's
 * "cuti bersama" box), and the calendar reloads at once.
 * 2026: SKB No. 1497/2025, 2/2025 and 5/2025 (announced 19 September 2025): 8 days, checked on
 * 2 Dec 2026 against the lists published by Disdik Kota Semarang (disdiksmg.semarangkota.go.id) and
 * Tribunnews. 2027: no decree could be checked here, so none is seeded; the admin adds them.
 */
export const CUTI_BERSAMA: Record<number, { date: string; name: string }[]> = {
  2025: [
    { date: "2025-01-28", name: "Cuti bersama Tahun Baru Imlek" },
    { date: "2025-03-28", name: "Cuti bersama Hari Suci Nyepi" },
    { date: "2025-04-02", name: "Cuti bersama Idul Fitri" },
    { date: "2025-04-03", name: "Cuti bersama Idul Fitri" },
    { date: "2025-04-04", name: "Cuti bersama Idul Fitri" },
    { date: "2025-04-07", name: "Cuti bersama Idul Fitri" },
    { date: "2025-05-13", name: "Cuti bersama Waisak" },
    { date: "2025-05-30", name: "Cuti bersama Kenaikan Yesus Kristus" },
    { date: "2025-06-09", name: "Cuti bersama Idul Adha" },
    { date: "2025-12-26", name: "Cuti bersama Hari Raya Natal" },
  ],
  2026: [
    { date: "2026-02-16", name: "Cuti bersama Tahun Baru Imlek" },
    { date: "2026-03-18", name: "Cuti bersama Hari Suci Nyepi" },
    { date: "2026-03-20", name: "Cuti bersama Idul Fitri" },
    { date: "2026-03-23", name: "Cuti bersama Idul Fitri" },
    { date: "2026-03-24", name: "Cuti bersama Idul Fitri" },
    { date: "2026-05-15", name: "Cuti bersama Kenaikan Yesus Kristus" },
    { date: "2026-05-28", name: "Cuti bersama Idul Adha" },
    { date: "2026-12-24", name: "Cuti bersama Hari Raya Natal" },
  ],
};

/**
 * Holidays whose decreed date differs from the date date-holidays computes (it reckons the Hijri
 * calendar; the SKB follows the government's sighting). 2026: Idul Fitri 1447 H is 21–22 March in
 * the SKB, not 20–21 March, so 20 March is the cuti bersama the decree says it is.
 */
export const DECREED_DATES: Record<number, Record<string, string[]>> = {
  2026: { "Hari Raya Idul Fitri": ["2026-03-21", "2026-03-22"] },
};

/** date-holidays names the Isra Mikraj (27 Rajab) "Maulid Nabi Muhammad" in Indonesian. */
function nameOf(h: HolidaySource): string {
  if (h.rule?.includes("27 Rajab")) return "Isra Mikraj Nabi Muhammad SAW";
  return h.name;
}

/**
 * The year's public holidays (one per date: a day that is two holidays keeps the first name, so
 * 25 Dec 2027 stays Natal) followed by that year's cuti bersama on days not already a holiday.
 */
export function nationalDays(year: number, source: HolidaySource[]): NationalDay[] {
  const byDate = new Map<string, NationalDay>();
  const decreed = DECREED_DATES[year] ?? {};
  const corrected = [
    ...source.filter((h) => !(h.type === "public" && Object.hasOwn(decreed, nameOf(h)))),
    ...Object.entries(decreed).flatMap(([name, dates]) => dates.map((date) => ({ date, name, type: "public" }))),
  ].sort((a, b) => a.date.localeCompare(b.date));
  for (const h of corrected) {
    if (h.type !== "public") continue;
    const date = h.date.slice(0, 10);
    const name = nameOf(h);
    const existing = byDate.get(date);
    // Natal beats a second Islamic entry on the same day; otherwise the first one wins.
    if (!existing || (existing.name !== name && /Natal/.test(name))) byDate.set(date, { date, name, cutiBersama: false });
  }
  for (const c of CUTI_BERSAMA[year] ?? []) if (!byDate.has(c.date)) byDate.set(c.date, { ...c, cutiBersama: true });
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
