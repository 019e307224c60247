// Registration numbers: "<office code>/<year>/<6-digit sequence>", e.g. "PKS/2026/000123".
// Short enough to read out over the phone; unique per office and year (sequence in table `sequences`).
import { jakartaDateKey } from "@/lib/calendar/working-days";

export const SEQUENCE_DIGITS = 6;

export function formatRegistrationNumber(officeCode: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError("sequence must be a positive integer");
  return `${officeCode.toUpperCase()}/${year}/${String(sequence).padStart(SEQUENCE_DIGITS, "0")}`;
}

const pattern = /^([A-Z0-9]{2,10})\/(\d{4})\/(\d{6,})$/;

/** Accepts what a person types: any case, spaces around slashes, "-" or " " instead of "/". */
export function parseRegistrationNumber(input: string): { officeCode: string; year: number; sequence: number } | null {
  const cleaned = input.trim().toUpperCase().replace(/\s*[/\-\s]\s*/g, "/");
  const match = pattern.exec(cleaned);
  if (!match) return null;
  return { officeCode: match[1], year: Number(match[2]), sequence: Number(match[3]) };
}

/** The numbering year of a moment: the Jakarta calendar year (a 31 Dec 23:30 WIB submission is still that year). */
export function numberingYear(at: Date): number {
  return Number(jakartaDateKey(at).slice(0, 4));
}
