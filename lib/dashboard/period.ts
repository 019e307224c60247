// Reporting periods as URL-friendly keys: "2026" (year), "2026-S1" (semester), "2026-Q3" (quarter),
// "2026-07" (month). The same key is stored on follow_up_plans.period. Bounds are instants at
// Jakarta midnight (UTC+7, no daylight saving): [start, end).

export type PeriodKind = "year" | "semester" | "quarter" | "month";

export type Period = { kind: PeriodKind; year: number; index: number; key: string };

const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTHS_PER: Record<PeriodKind, number> = { year: 12, semester: 6, quarter: 3, month: 1 };

function keyOf(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case "year":
      return String(year);
    case "semester":
      return `${year}-S${index}`;
    case "quarter":
      return `${year}-Q${index}`;
    case "month":
      return `${year}-${String(index).padStart(2, "0")}`;
  }
}

function make(kind: PeriodKind, year: number, index: number): Period {
  return { kind, year, index, key: keyOf(kind, year, index) };
}

/** Parses a period key; null for anything else (the page then falls back to a default). */
export function parsePeriod(value: unknown): Period | null {
  if (typeof value !== "string") return null;
  let m = /^(\d{4})$/.exec(value);
  if (m) return make("year", Number(m[1]), 1);
  m = /^(\d{4})-S([12])$/.exec(value);
  if (m) return make("semester", Number(m[1]), Number(m[2]));
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return make("quarter", Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (m) return make("month", Number(m[1]), Number(m[2]));
  return null;
}

/** Jakarta calendar year and month (1–12) of an instant. */
export function jakartaYearMonth(at: Date): { year: number; month: number } {
  const shifted = new Date(at.getTime() + JAKARTA_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
}

/** The period of `kind` that contains `at`. */
export function periodContaining(kind: PeriodKind, at: Date): Period {
  const { year, month } = jakartaYearMonth(at);
  return make(kind, year, Math.floor((month - 1) / MONTHS_PER[kind]) + 1);
}

/** First month (1–12) of the period. */
function firstMonth(period: Period): number {
  return (period.index - 1) * MONTHS_PER[period.kind] + 1;
}

function monthStart(year: number, month: number): Date {
  // Date.UTC normalises month overflow (13 → January of the next year).
  return new Date(Date.UTC(year, month - 1, 1) - JAKARTA_OFFSET_MS);
}

export function periodBounds(period: Period): { start: Date; end: Date } {
  const first = firstMonth(period);
  return { start: monthStart(period.year, first), end: monthStart(period.year, first + MONTHS_PER[period.kind]) };
}

/** The period `steps` before (negative) or after (positive) this one. */
export function shiftPeriod(period: Period, steps: number): Period {
  const perYear = 12 / MONTHS_PER[period.kind];
  const ordinal = period.year * perYear + (period.index - 1) + steps;
  return make(period.kind, Math.floor(ordinal / perYear), (ordinal % perYear) + 1);
}

/** `count` periods ending with (and including) `period`, oldest first. */
export function trailingPeriods(period: Period, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(period, i - count + 1));
}

/** Month keys ("2026-07") covered by the period, for summing monthly aggregates. */
export function monthsOf(period: Period): string[] {
  const first = firstMonth(period);
  return Array.from({ length: MONTHS_PER[period.kind] }, (_, i) => keyOf("month", period.year, first + i));
}

/** How many trend points the dashboard shows for each kind of period. */
export const TREND_LENGTH: Record<PeriodKind, number> = { month: 12, quarter: 8, semester: 6, year: 5 };

/** Choices for the period picker: recent periods of every kind, newest first. */
export function periodChoices(now: Date): Record<PeriodKind, Period[]> {
  const counts: Record<PeriodKind, number> = { month: 18, quarter: 8, semester: 6, year: 4 };
  const out = {} as Record<PeriodKind, Period[]>;
  for (const kind of Object.keys(counts) as PeriodKind[]) {
    out[kind] = trailingPeriods(periodContaining(kind, now), counts[kind]).reverse();
  }
  return out;
}

const MONTH_NAMES_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MONTH_NAMES_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Human label, e.g. "Triwulan III 2026" / "Q3 2026", "Juli 2026". */
export function periodLabel(period: Period, locale: string = "id"): string {
  const en = locale === "en";
  const roman = ["I", "II", "III", "IV"][period.index - 1];
  switch (period.kind) {
    case "year":
      return en ? `Year ${period.year}` : `Tahun ${period.year}`;
    case "semester":
      return en ? `Semester ${period.index} ${period.year}` : `Semester ${roman} ${period.year}`;
    case "quarter":
      return en ? `Q${period.index} ${period.year}` : `Triwulan ${roman} ${period.year}`;
    case "month":
      return `${(en ? MONTH_NAMES_EN : MONTH_NAMES_ID)[period.index - 1]} ${period.year}`;
  }
}

/** Short label for chart axes, e.g. "Jul 26", "T3 26". */
export function periodShortLabel(period: Period, locale: string = "id"): string {
  const yy = String(period.year).slice(2);
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "semester":
      return `S${period.index} ${yy}`;
    case "quarter":
      return `${locale === "en" ? "Q" : "T"}${period.index} ${yy}`;
    case "month":
      return `${(locale === "en" ? MONTH_NAMES_EN : MONTH_NAMES_ID)[period.index - 1].slice(0, 3)} ${yy}`;
  }
}
