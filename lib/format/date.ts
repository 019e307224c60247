// Dates as Indonesians type them: 17/08/1990 (also 17-08-1990, 17.08.1990, 17 08 1990, 17081990)
// besides the ISO value a native date picker gives (1990-08-17). One reader for every form and its
// server schema (birth dates, service DATE fields), so a typed date means the same everywhere.
// Dates are stored and sent as "YYYY-MM-DD" and shown day first.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/;
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "YYYY-MM-DD" for a real calendar date typed day first or given as ISO; null for anything else. */
export function parseDateText(text: string): string | null {
  const value = text.trim();
  const m = ISO.exec(value);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const d = DAY_FIRST.exec(value) ?? COMPACT.exec(value);
  return d ? iso(Number(d[3]), Number(d[2]), Number(d[1])) : null;
}

/** "17/08/1990" for "1990-08-17"; any other text is returned as it is (what was typed stays). */
export function formatDateText(value: string): string {
  const m = ISO.exec(value.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}
